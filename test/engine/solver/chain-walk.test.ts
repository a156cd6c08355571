import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { expandAll } from '../../../src/engine/solver/copies.ts';
import { CHAIN_FROM, setChainFrom } from '../../../src/engine/solver/search.ts';
import type { SolveOutput } from '../../../src/engine/solver/types.ts';
import { arbitraryLongLineLevel, atLeast, buys, FREE, line, makeLevel, off, pct, setOff } from '../../support/solver-factories.ts';
import { bruteForceBest } from './brute-force.ts';

/** The output without its node count, which the chain walk is there to change. */
const plan = (o: SolveOutput): string => JSON.stringify({ ...o, nodes: 0 }, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

describe('repeated choices of one kind are walked as chains (docs/solver.md 11)', () => {
  afterEach(() => setChainFrom(CHAIN_FROM));

  it('gives the plan of the one-frame-per-application walk whenever both prove their level', () => {
    let compared = 0;
    fc.assert(
      fc.property(arbitraryLongLineLevel(4, 12, 4), (input) => {
        setChainFrom(Number.MAX_SAFE_INTEGER);
        const walk = solveLevel(input);
        setChainFrom(2);
        const chains = solveLevel(input);
        if (walk.optimal && chains.optimal) {
          compared++;
          expect(plan(chains)).toBe(plan(walk));
        }
      }),
      { numRuns: 150, seed: 20261203 },
    );
    expect(compared).toBeGreaterThan(100);
  });

  it('finds a chain\'s best count in its middle, where its deeper levels are pruned', () => {
    // "$1 off each" ranks first; "3 for 1" (≤ 3 times) gains more per unit. The best plans take 3
    // sets and "$1 off" on the other 11 units, all from the first promotion (the documented plan:
    // the deeper multiset first) or some from its twin ranked last. A chain that stopped short of
    // 11 copies would still reach the optimum, through the twin, and return another plan.
    const dollarOff = { target: 'allQualifying' as const, tiers: [{ threshold: buys(1), reward: off(100n) }] };
    const input = makeLevel(line(20, 1000n), [
      { id: 'a-dollar-off', ...dollarOff },
      { id: 'b-three-for-one', tiers: [{ threshold: buys(3), reward: { kind: 'percent', bp: 10000 } }], rewardCount: 2, maxApplications: 3 },
      { id: 'c-dollar-off-too', ...dollarOff },
    ]);
    setChainFrom(Number.MAX_SAFE_INTEGER);
    const walk = solveLevel(input);
    setChainFrom(2);
    const chains = solveLevel(input);
    expect(walk.optimal && chains.optimal).toBe(true);
    expect(expandAll(input, chains.applications).filter((a) => a.promotion === 0)).toHaveLength(11);
    expect(plan(chains)).toBe(plan(walk));
  });

  it('matches exhaustive enumeration on levels of ≤ 9 units on three lines', () => {
    setChainFrom(2);
    fc.assert(
      fc.property(arbitraryLongLineLevel(3, 3, 3).map((x) => ({ ...x, searchBudget: 50_000_000 })), (input) => {
        const out = solveLevel(input);
        expect(out.optimal).toBe(true);
        expect(out.total).toBe(bruteForceBest(input));
      }),
      { numRuns: 400, seed: 20261204 },
    );
  });

  // Four lines of n units: "2 for 1" against "10 % off each" (sample basket b11 scaled), and
  // "3 for $5 off, 5 for $10 off" (b07). One frame per application made nodes grow with n.
  const contested = (n: number) => makeLevel(
    [...line(n, 1000n, 'A', 0), ...line(n, 900n, 'A', 1), ...line(n, 800n, 'A', 2), ...line(n, 700n, 'A', 3)],
    [
      { id: 'two-for-one', tiers: [{ threshold: buys(2), reward: FREE }] },
      { id: 'ten-off', target: 'allQualifying', tiers: [{ threshold: atLeast(1), reward: pct(1000) }] },
    ],
    { searchBudget: 200_000 },
  );
  const setTiers = (n: number) => makeLevel(
    [...line(3 * n, 249n, 'A', 0), ...line(2 * n, 249n, 'B', 1), ...line(2 * n, 400n, 'C', 2), ...line(n, 529n, 'D', 3)],
    [{ id: 'money-tiers', target: 'allQualifying', tiers: [{ threshold: buys(3), reward: setOff(500n) }, { threshold: buys(5), reward: setOff(1000n) }] }],
    { searchBudget: 200_000 },
  );

  it.each([
    ['2 for 1 against 10 % off', contested, 2_500, 3_000],
    ['set-amount tiers', setTiers, 2_500, 500],
  ])('%s on lines of thousands of units is proven in nodes that follow the kinds, not the units', (_name, level, n, most) => {
    const out = solveLevel(level(n));
    expect(out.optimal).toBe(true);
    expect(out.nodes).toBeLessThanOrEqual(most);
    setChainFrom(Number.MAX_SAFE_INTEGER);
    const walk = solveLevel(level(n));
    // The walk takes a node per application at least: thousands here.
    expect(walk.nodes).toBeGreaterThan(4 * most);
    if (walk.optimal) expect(plan(out)).toBe(plan(walk));
  });
});
