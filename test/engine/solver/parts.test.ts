import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { components, groupUnits } from '../../../src/engine/solver/groups.ts';
import { ComponentSearch } from '../../../src/engine/solver/search.ts';
import { rankOrder } from '../../../src/engine/solver/solve.ts';
import type { SolveInput } from '../../../src/engine/solver/types.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { arbitraryLevel, buys, FREE, joinLevels, line, makeLevel, pct, type PromoSpec } from '../../support/solver-factories.ts';
import { bruteForceBest } from './brute-force.ts';

// Parts (docs/solver.md 4): once the promotions after k come apart into pieces that share no
// group, the search completes k's choice with each piece's own best. The plan must be the one the
// search finds when nothing comes apart: a connector promotion ranked last that names every unit
// and can never apply keeps every suffix in one piece.

/** The level with a last-ranked promotion over every unit that no basket this small can reach. */
function withConnector(level: SolveInput): SolveInput {
  const all = level.units.map((_, i) => i);
  return {
    ...level,
    promotions: [...level.promotions, {
      id: 'zz-connector', priority: level.promotions[0]!.priority, combination: 'any', target: 'allQualifying', rewardCount: 1,
      tiers: [{ threshold: { kind: 'buys', quantity: 99 }, reward: { kind: 'percent', bp: 1000 } }],
      qualifying: all, benefit: [], maxApplications: 2 ** 30,
    }],
  };
}

/** Whether some promotion of some component has two or more parts. */
function comesApart(level: SolveInput): boolean {
  const groups = groupUnits(level);
  return components(groups, rankOrder(level)).some((promos) => new ComponentSearch(level, groups, promos, 0).parts.some((p) => p.length > 1));
}

/**
 * Two random levels side by side, joined by a first-ranked deal on units of both (a cheapestBenefit
 * hub passes obligations on to both pieces).
 */
const hubLevel = fc.record({
  a: arbitraryLevel(5, 3),
  b: arbitraryLevel(5, 3),
  hub: fc.constantFrom<Omit<PromoSpec, 'id' | 'qualifying'>>(
    { target: 'cheapestQualifying', tiers: [{ threshold: buys(2), reward: FREE }] },
    { target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(1500) }] },
    { target: 'cheapestQualifying', tiers: [{ threshold: buys(3), reward: pct(5000) }], maxApplications: 1 },
    { target: 'cheapestBenefit', tiers: [{ threshold: buys(1), reward: FREE }] },
    { target: 'cheapestBenefit', rewardCount: 2, tiers: [{ threshold: buys(2), reward: pct(5000) }] },
  ),
  /** Per unit: 0 not in the hub, 1 qualifying, 2 benefit (qualifying for other targets). */
  roles: fc.array(fc.constantFrom(0, 1, 2), { minLength: 10, maxLength: 10 }),
}).map(({ a, b, hub, roles }) => {
  const level = joinLevels(a, b);
  const shift = a.units.length;
  const role = (i: number): number => (i === 0 || i === shift) && roles[i] === 0 ? 1 : roles[i]!;
  const ids = level.units.map((_, i) => i);
  const benefitTarget = hub.target === 'cheapestBenefit';
  const qualifying = ids.filter((i) => role(i) === 1 || (role(i) === 2 && !benefitTarget));
  const benefit = benefitTarget ? ids.filter((i) => role(i) === 2) : [];
  const first = makeLevel(level.units.map((u) => ({ price: u.price })), [{ ...hub, id: '!hub', qualifying, benefit }]).promotions[0]!;
  return { ...level, promotions: [first, ...level.promotions] };
});

describe('parts: the promotions after a choice that come apart are solved apart', () => {
  it('gives the plan of the search that keeps them together, the brute-force optimum, and the same in WASM', () => {
    let apart = 0;
    fc.assert(
      fc.property(hubLevel, (level) => {
        if (comesApart(level)) apart++;
        const out = solveLevel(level);
        const together = solveLevel(withConnector(level));
        expect(comesApart(withConnector(level))).toBe(false);
        expect(out.optimal).toBe(true);
        expect(together.optimal).toBe(true);
        expect(out.applications).toEqual(together.applications);
        expect(out.total).toBe(bruteForceBest(level));
        expect(wasmSolveLevel(level)).toEqual(out);
      }),
      { numRuns: 400, seed: 20261202 },
    );
    // The levels must exercise the parts, not only the search that keeps everything together.
    expect(apart).toBeGreaterThan(100);
  });

  it('lists the first promotions of the pieces after each promotion', () => {
    const units = [0, 1, 2, 3].map((i) => ({ price: 100n * BigInt(i + 1), line: i }));
    // Rank order P0..P4: P0 on units 0–2; P1 on 0; P2 on 1 and 3; P3 on 3; P4 on 2.
    const level = makeLevel(units, [
      { id: 'P0', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(1000) }], qualifying: [0, 1, 2] },
      { id: 'P1', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(2000) }], qualifying: [0] },
      { id: 'P2', target: 'cheapestQualifying', tiers: [{ threshold: buys(2), reward: FREE }], qualifying: [1, 3] },
      { id: 'P3', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(3000) }], qualifying: [3] },
      { id: 'P4', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(500) }], qualifying: [2] },
    ]);
    const groups = groupUnits(level);
    const [promos] = components(groups, rankOrder(level));
    const search = new ComponentSearch(level, groups, promos!, 0);
    expect(search.parts).toEqual([[1, 2, 4], [], [3], [], []]);
    expect(search.relevant.map((r) => r.length)).toEqual([4, 1, 2, 1, 1]);
    expect(search.restGroups.map((r) => r.length)).toEqual([4, 0, 1, 0, 0]);
  });

  it('searches a chain of "cheapest free" deals that comes apart in far fewer nodes, with the same plan', () => {
    // Seven lines of five; the first two deals tie every line together, the later ones pair lines.
    const prices = [2140n, 2358n, 1992n, 846n, 1069n, 799n, 407n];
    const units = prices.flatMap((p, l) => line(5, p, `L${l}`, l));
    const of = (...ls: number[]): number[] => ls.flatMap((l) => [0, 1, 2, 3, 4].map((u) => l * 5 + u));
    const free = (n: number): Omit<PromoSpec, 'id' | 'qualifying'> => ({ target: 'cheapestQualifying', tiers: [{ threshold: buys(n), reward: FREE }] });
    const level = makeLevel(units, [
      { id: 'a', ...free(2), qualifying: of(0, 2) },
      { id: 'b', ...free(3), qualifying: of(1, 5) },
      { id: 'c', ...free(3), qualifying: of(0, 1) },
      { id: 'd', ...free(2), qualifying: of(5, 1) },
      { id: 'e', ...free(2), qualifying: of(2, 3) },
      { id: 'f', target: 'allQualifying', tiers: [{ threshold: buys(4), reward: pct(2000) }], qualifying: of(4, 3) },
      { id: 'g', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(1000) }], qualifying: of(6) },
    ]);
    expect(comesApart(level)).toBe(true);
    const out = solveLevel(level);
    const together = solveLevel(withConnector(level));
    expect(out.optimal).toBe(true);
    expect(out.applications).toEqual(together.applications);
    expect(out.nodes * 2).toBeLessThan(together.nodes);
    expect(wasmSolveLevel(level)).toEqual(out);
  });
});
