import { describe, expect, it } from 'vitest';
import { expandAll } from '../../../src/engine/solver/copies.ts';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import {
  FREE, atLeast, buys, fixedTotal, line, makeLevel, pct, setOff, unitPrice, usd, type PromoSpec, type UnitSpec,
} from '../../support/solver-factories.ts';

interface Case {
  readonly name: string;
  readonly units: readonly UnitSpec[];
  readonly promos: readonly PromoSpec[];
  /** Per application: promotion id, units used, savings per rewarded unit (by unit index). */
  readonly apps: readonly { id: string; used: number[]; rewarded: number[]; savings: bigint[] }[];
  /** The objective: promotion savings + customer-price savings kept. */
  readonly total: bigint;
}

const buy2CheapestFree: PromoSpec = { id: 'A', tiers: [{ threshold: buys(2), reward: FREE }] };
const tenOffAll: PromoSpec = { id: 'B', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(1000) }] };

const CASES: readonly Case[] = [
  {
    name: '1: buy 2 same, cheapest free, 4 × $10 → $20',
    units: line(4, usd(10)),
    promos: [{ id: 'P', combination: 'same', tiers: [{ threshold: buys(2), reward: FREE }] }],
    apps: [
      { id: 'P', used: [0, 1], rewarded: [0], savings: [usd(10)] },
      { id: 'P', used: [2, 3], rewarded: [2], savings: [usd(10)] },
    ],
    total: usd(20),
  },
  {
    name: '2a: buy 3 same, cheapest free, 3 × $6 → $6',
    units: line(3, usd(6)),
    promos: [{ id: 'P', combination: 'same', tiers: [{ threshold: buys(3), reward: FREE }] }],
    apps: [{ id: 'P', used: [0, 1, 2], rewarded: [0], savings: [usd(6)] }],
    total: usd(6),
  },
  {
    name: '2b: buy 3 same, cheapest free, 5 × $6 → $6 (one set, two pay full price)',
    units: line(5, usd(6)),
    promos: [{ id: 'P', combination: 'same', tiers: [{ threshold: buys(3), reward: FREE }] }],
    apps: [{ id: 'P', used: [0, 1, 2], rewarded: [0], savings: [usd(6)] }],
    total: usd(6),
  },
  {
    name: '3: buy 5 any for $50 fixed total, $56 of units → $6 split by R2',
    units: [usd(12), usd(12), usd(11), usd(11), usd(10)].map((price) => ({ price })),
    promos: [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: buys(5), reward: fixedTotal(usd(50)) }] }],
    // R2 by hand: 600 × w / 5600 → 128.57, 128.57, 117.86, 117.86, 107.14; floors sum 597; the
    // three leftover cents go to remainders .57, .57, .86 → largest: the two $11 (.857), then the first $12.
    apps: [{ id: 'P', used: [0, 1, 2, 3, 4], rewarded: [0, 1, 2, 3, 4], savings: [129n, 128n, 118n, 118n, 107n] }],
    total: usd(6),
  },
  {
    name: '4a: buy 10 any, 10 % off all, 10 × $5 → $5',
    units: line(10, usd(5)),
    promos: [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: buys(10), reward: pct(1000) }] }],
    apps: [{ id: 'P', used: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], rewarded: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], savings: Array(10).fill(50n) }],
    total: usd(5),
  },
  {
    name: '4b: buy 10 any, 10 % off all, 9 × $5 → nothing',
    units: line(9, usd(5)),
    promos: [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: buys(10), reward: pct(1000) }] }],
    apps: [],
    total: 0n,
  },
  {
    name: '5a: buy 2 same X, cheapest benefit Y 50 % off → $4 off Y',
    units: [{ product: 'X', price: usd(20) }, { product: 'X', price: usd(20) }, { product: 'Y', price: usd(8) }],
    promos: [{ id: 'P', combination: 'same', target: 'cheapestBenefit', benefit: [2], tiers: [{ threshold: buys(2), reward: pct(5000) }] }],
    apps: [{ id: 'P', used: [0, 1, 2], rewarded: [2], savings: [usd(4)] }],
    total: usd(4),
  },
  {
    name: '5b: buy 2 same X, cheapest benefit Y, no Y in the basket → nothing',
    units: [{ product: 'X', price: usd(20) }, { product: 'X', price: usd(20) }],
    promos: [{ id: 'P', combination: 'same', target: 'cheapestBenefit', benefit: [], tiers: [{ threshold: buys(2), reward: pct(5000) }] }],
    apps: [],
    total: 0n,
  },
  ...[
    { n: 4, rate: 1000, each: usd(1), total: usd(4) },
    { n: 6, rate: 2000, each: usd(2), total: usd(12) },
    { n: 9, rate: 3000, each: usd(3), total: usd(27) },
  ].map(({ n, rate, each, total }): Case => ({
    name: `6: tiers 3/5/8 at 10/20/30 % on all, ${n} × $10 → ${rate / 100} % each`,
    units: line(n, usd(10)),
    promos: [{
      id: 'P',
      target: 'allQualifying',
      tiers: [
        { threshold: buys(3), reward: pct(1000) },
        { threshold: buys(5), reward: pct(2000) },
        { threshold: buys(8), reward: pct(3000) },
      ],
    }],
    apps: [{ id: 'P', used: [...Array(n).keys()], rewarded: [...Array(n).keys()], savings: Array(n).fill(each) }],
    total,
  })),
  {
    name: '7: buys at least 2, $10 unit price on all: $11, $12, $14 → $7',
    units: [usd(11), usd(12), usd(14)].map((price) => ({ price })),
    promos: [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: atLeast(2), reward: unitPrice(usd(10)) }] }],
    apps: [{ id: 'P', used: [0, 1, 2], rewarded: [0, 1, 2], savings: [usd(1), usd(2), usd(4)] }],
    total: usd(7),
  },
  {
    name: '8a: money tiers 3 → $5, 5 → $10, 4 × $4 → $5 (one 3-set, one unit pays full price)',
    units: line(4, usd(4)),
    promos: [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: buys(3), reward: setOff(usd(5)) }, { threshold: buys(5), reward: setOff(usd(10)) }] }],
    // $5 over three $4 units: 166.67 each → 166, 166, 166 + 2 leftover to the earlier units.
    apps: [{ id: 'P', used: [0, 1, 2], rewarded: [0, 1, 2], savings: [167n, 167n, 166n] }],
    total: usd(5),
  },
  {
    name: '8b: money tiers, 8 × $4 → $15 (5 + 3)',
    units: line(8, usd(4)),
    promos: [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: buys(3), reward: setOff(usd(5)) }, { threshold: buys(5), reward: setOff(usd(10)) }] }],
    apps: [
      { id: 'P', used: [0, 1, 2, 3, 4], rewarded: [0, 1, 2, 3, 4], savings: Array(5).fill(usd(2)) },
      { id: 'P', used: [5, 6, 7], rewarded: [5, 6, 7], savings: [167n, 167n, 166n] },
    ],
    total: usd(15),
  },
  {
    name: '8c: money tiers, 6 × $4 → $10 with one 5-set (fewer units than 3 + 3)',
    units: line(6, usd(4)),
    promos: [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: buys(3), reward: setOff(usd(5)) }, { threshold: buys(5), reward: setOff(usd(10)) }] }],
    apps: [{ id: 'P', used: [0, 1, 2, 3, 4], rewarded: [0, 1, 2, 3, 4], savings: Array(5).fill(usd(2)) }],
    total: usd(10),
  },
  {
    name: '9: A buy 2 cheapest free vs B 10 % off all: $10, $9, $8, $7 → A on all four, $16',
    units: [usd(10), usd(9), usd(8), usd(7)].map((price) => ({ price })),
    promos: [buy2CheapestFree, tenOffAll],
    apps: [
      { id: 'A', used: [0, 1], rewarded: [1], savings: [usd(9)] },
      { id: 'A', used: [2, 3], rewarded: [3], savings: [usd(7)] },
    ],
    total: usd(16),
  },
  {
    name: '11a: $10 with customer price $8, 10 % off → not awarded, keeps $2',
    units: [{ price: usd(10), customerPrice: usd(8) }],
    promos: [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(1000) }] }],
    apps: [],
    total: usd(2),
  },
  {
    name: '11b: $10 with customer price $8, 30 % off → awarded, net $7',
    units: [{ price: usd(10), customerPrice: usd(8) }],
    promos: [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(3000) }] }],
    apps: [{ id: 'P', used: [0], rewarded: [0], savings: [usd(3)] }],
    total: usd(3),
  },
];

describe('SPEC §12 examples 1–11 at solver level', () => {
  it.each(CASES)('$name', (c) => {
    const input = makeLevel(c.units, c.promos);
    const out = solveLevel(input);
    expect(out.optimal).toBe(true);
    expect(out.total).toBe(c.total);
    // The worked examples list applications one by one (docs/solver.md 12 counts copies).
    expect(expandAll(input, out.applications).map((a) => ({
      id: input.promotions[a.promotion]!.id, used: [...a.used], rewarded: [...a.rewarded], savings: [...a.savings],
    }))).toEqual(c.apps);
  });

  it('10: B at priority 1 takes all four units ($3.40); A at priority 2 gets none', () => {
    const units = [usd(10), usd(9), usd(8), usd(7)].map((price) => ({ price }));
    const first = solveLevel(makeLevel(units, [{ ...tenOffAll, priority: 1 }]));
    expect(first.total).toBe(usd('3.40'));
    expect(first.applications).toHaveLength(1);
    expect([...first.applications[0]!.used]).toEqual([0, 1, 2, 3]);
    const taken = units.map(() => true);
    for (const u of first.applications[0]!.used) taken[u] = false;
    const second = solveLevel(makeLevel(units, [{ ...buy2CheapestFree, priority: 2 }], { available: taken }));
    expect(second.applications).toEqual([]);
  });
});
