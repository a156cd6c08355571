import { describe, expect, it } from 'vitest';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { buys, FREE, line, makeLevel, off, pct, setOff, usd, type PromoSpec, type UnitSpec } from '../../support/solver-factories.ts';

interface TieCase {
  readonly name: string;
  readonly units: readonly UnitSpec[];
  readonly promos: readonly PromoSpec[];
  /** Expected applications as "promotionId:tier:line.unit,…". */
  readonly expected: readonly string[];
}

const CASES: readonly TieCase[] = [
  {
    name: 'equal saving: fewer units consumed wins (one 2-set at $4 beats two 1-sets at $2)',
    units: line(2, usd(10)),
    promos: [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: off(usd(2)) }, { threshold: buys(2), reward: setOff(usd(4)) }] }],
    expected: ['P:1:0.0,0.1'],
  },
  {
    name: 'equal saving and units: the higher tier wins',
    units: line(2, usd(10)),
    promos: [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: buys(2), reward: setOff(usd(4)) }, { threshold: buys(2), reward: off(usd(2)) }] }],
    expected: ['P:1:0.0,0.1'],
  },
  {
    name: 'equal saving: the lower priority number wins',
    units: line(1, usd(10)),
    promos: [
      { id: 'A', priority: 2, target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(1000) }] },
      { id: 'B', priority: 1, target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(1000) }] },
    ],
    expected: ['B:0:0.0'],
  },
  {
    name: 'equal saving and priority: the lower promotion id wins',
    units: line(1, usd(10)),
    promos: [
      { id: 'P2', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(1000) }] },
      { id: 'P1', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(1000) }] },
    ],
    expected: ['P1:0:0.0'],
  },
  {
    name: 'identical units: the earlier line is used',
    units: [...line(1, usd(10), 'A', 1), ...line(1, usd(10), 'A', 0)],
    promos: [{ id: 'P', maxApplications: 1, tiers: [{ threshold: buys(1), reward: FREE }] }],
    expected: ['P:0:0.0'],
  },
];

describe('deterministic ties (SPEC §5.4)', () => {
  it.each(CASES)('$name', (c) => {
    const input = makeLevel(c.units, c.promos);
    const out = solveLevel(input);
    expect(out.optimal).toBe(true);
    expect(out.applications.map((a) => `${input.promotions[a.promotion]!.id}:${a.tier}:${a.used.map((u) => `${input.units[u]!.line}.${input.units[u]!.unit}`).join(',')}`)).toEqual(c.expected);
  });
});
