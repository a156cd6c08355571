import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandAll } from '../../../src/engine/solver/copies.ts';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { buys, fixedTotal, line, makeLevel, off, pct, setOff, type PromoSpec } from '../../support/solver-factories.ts';
import { arbitraryShortcutLevel, expectSameAsGeneralSearch, withUnreachedBudgets } from '../../support/shortcut-levels.ts';

// "3 for $9", "buy 2, 20 % off both": a set gains the sum of a value per unit (its customer price,
// or its own gain) less a cost per set, so the search only enumerates the canonical multiset of
// each choice of sets and units, cut in order of value (docs/solver.md, Algorithm 4), also when a
// later promotion wants the same units. Floors of one cent and budgets no plan reaches turn the
// shortcut off without changing the best plan, so the output must be the general search's.

const unit = fc.record({
  product: fc.constantFrom('A', 'B', 'C', 'D'),
  price: fc.constantFrom(120n, 250n, 499n, 999n),
  cut: fc.constantFrom(0n, 0n, 10n, 40n, 90n),
});
const deal = fc.constantFrom<Omit<PromoSpec, 'id'>>(
  { target: 'allQualifying', tiers: [{ threshold: buys(3), reward: fixedTotal(900n) }] },
  { target: 'allQualifying', tiers: [{ threshold: buys(2), reward: fixedTotal(500n) }] },
  { target: 'allQualifying', tiers: [{ threshold: buys(2), reward: pct(2000) }] },
  { target: 'cheapestQualifying', rewardCount: 3, tiers: [{ threshold: buys(3), reward: off(60n) }] },
  { target: 'allQualifying', tiers: [{ threshold: buys(2), reward: setOff(100n) }, { threshold: buys(3), reward: setOff(200n) }] },
  { target: 'cheapestQualifying', tiers: [{ threshold: buys(2), reward: pct(5000) }] },
  { target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(1000) }] },
);

describe('additive sets: one multiset per choice, also next to other deals', () => {
  it('gives the same output as the general search on random levels, in both engines', () => {
    fc.assert(
      fc.property(arbitraryShortcutLevel(unit, deal, 12), (input) => expectSameAsGeneralSearch(input, withUnreachedBudgets)),
      { numRuns: 600, seed: 20261203 },
    );
  });

  it('"3 for $9" over five lines that a later deal partly wants: the same plan in far fewer nodes', () => {
    const units = [...line(4, 250n, 'A', 0), ...line(4, 400n, 'B', 1), ...line(4, 320n, 'C', 2), ...line(4, 380n, 'D', 3), ...line(4, 290n, 'E', 4)];
    const three: PromoSpec = { id: 'a-three', target: 'allQualifying', tiers: [{ threshold: buys(3), reward: fixedTotal(900n) }] };
    const half: PromoSpec = { id: 'b-half', target: 'cheapestQualifying', tiers: [{ threshold: buys(2), reward: pct(5000) }], qualifying: [0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19] };
    const input = makeLevel(units, [three, half]);
    expectSameAsGeneralSearch(input, withUnreachedBudgets);
    const out = solveLevel(input);
    // The dearest units (line 1 at $4.00, then line 3 at $3.80) make the first sets.
    expect(expandAll(input, out.applications).filter((a) => a.promotion === 0).map((a) => a.used)).toEqual([[4, 5, 6], [7, 12, 13], [8, 14, 15]]);
    expect(solveLevel(withUnreachedBudgets(input)).nodes).toBeGreaterThan(4 * out.nodes);
  });
});
