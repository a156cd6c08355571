import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { buys, fixedTotal, line, makeLevel, pct, setOff, type PromoSpec } from '../../support/solver-factories.ts';
import { arbitraryShortcutLevel, expectSameAsGeneralSearch, withCentFloors } from '../../support/shortcut-levels.ts';

// "$1 off 2, $2 off 3": when every set of a tier saves the same whichever units it takes, the
// search only enumerates the canonical multiset of each choice of sets and units, cut in order of
// the units' forfeited customer-price savings (docs/solver.md, Algorithm 4). A floor turns that off; a floor of one cent never binds on these levels, so the
// same level with floors of one cent is solved the general way and must give the same output.

const unit = fc.record({
  product: fc.constantFrom('A', 'B', 'C', 'D'),
  price: fc.constantFrom(120n, 250n, 499n, 999n),
  // Customer prices make kinds forfeit different amounts (a cut of 90 turns some sets into losses).
  cut: fc.constantFrom(0n, 0n, 0n, 10n, 40n, 90n),
});
const deal = fc.oneof(
  fc.constantFrom<Omit<PromoSpec, 'id'>>(
    { target: 'allQualifying', tiers: [{ threshold: buys(2), reward: setOff(100n) }, { threshold: buys(3), reward: setOff(200n) }] },
    { target: 'allQualifying', tiers: [{ threshold: buys(2), reward: setOff(150n) }] },
    { target: 'cheapestQualifying', rewardCount: 3, tiers: [{ threshold: buys(3), reward: setOff(240n) }, { threshold: buys(2), reward: setOff(100n) }] },
  ),
  fc.constantFrom<Omit<PromoSpec, 'id'>>(
    { target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(1000) }] },
    { target: 'cheapestQualifying', tiers: [{ threshold: buys(2), reward: pct(5000) }] },
    { target: 'allQualifying', tiers: [{ threshold: buys(3), reward: fixedTotal(900n) }] },
  ),
);
const level = arbitraryShortcutLevel(unit, deal, 12);

describe('sets worth the same: one multiset per choice', () => {
  it('gives the same output as the general search on random levels, in both engines', () => {
    fc.assert(
      fc.property(level, (input) => expectSameAsGeneralSearch(input)),
      { numRuns: 600, seed: 20261202 },
    );
  });

  it('customer prices: the sets are cut in order of forfeit, whatever the line order', () => {
    // Lines 0 and 2 have customer prices; "$2 off 3" over 3 full-price units first is best, and the
    // canonical multiset must be found although the forfeiting units come first by line.
    const units = [
      { price: 500n, customerPrice: 460n, line: 0 }, { price: 500n, customerPrice: 460n, line: 0, unit: 1 },
      { price: 300n, line: 1 }, { price: 300n, line: 1, unit: 1 }, { price: 300n, line: 1, unit: 2 },
      { price: 400n, customerPrice: 390n, line: 2 },
    ];
    const money: PromoSpec = { id: 'a-money', target: 'allQualifying', tiers: [{ threshold: buys(2), reward: setOff(100n) }, { threshold: buys(3), reward: setOff(200n) }] };
    const input = makeLevel(units, [money]);
    expectSameAsGeneralSearch(input);
    expect(solveLevel(input).applications.map((a) => a.used)).toEqual([[0, 1, 5], [2, 3, 4]]);
  });

  it('customer prices next to a cheapestBenefit deal that may need the units: the general search', () => {
    const units = [...line(3, 300n, 'A', 0), { price: 500n, customerPrice: 420n, product: 'B', line: 1 }, { price: 500n, customerPrice: 420n, product: 'B', line: 1, unit: 1 }, ...line(2, 900n, 'C', 2)];
    const money: PromoSpec = { id: 'a-money', target: 'allQualifying', tiers: [{ threshold: buys(2), reward: setOff(100n) }], qualifying: [0, 1, 2, 3, 4] };
    const gift: PromoSpec = { id: 'b-gift', target: 'cheapestBenefit', tiers: [{ threshold: buys(1), reward: pct(5000) }], qualifying: [5, 6], benefit: [3, 4] };
    expectSameAsGeneralSearch(makeLevel(units, [money, gift]));
  });

  it('"$1 off 2, $2 off 3" over four lines ranked before a deal that wants some of them: far fewer nodes', () => {
    const units = [...line(5, 300n, 'A', 0), ...line(5, 420n, 'B', 1), ...line(5, 510n, 'C', 2), ...line(5, 640n, 'D', 3)];
    const money: PromoSpec = { id: 'a-money', target: 'allQualifying', tiers: [{ threshold: buys(2), reward: setOff(100n) }, { threshold: buys(3), reward: setOff(200n) }] };
    const later: PromoSpec = { id: 'b-half', target: 'cheapestQualifying', tiers: [{ threshold: buys(2), reward: pct(5000) }], qualifying: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19] };
    const input = makeLevel(units, [money, later], { searchBudget: 5_000_000 });
    const fast = solveLevel(input);
    const slow = solveLevel(withCentFloors(input));
    expect(fast.optimal).toBe(true);
    expect(fast.applications).toEqual(slow.applications);
    expect(slow.nodes).toBeGreaterThan(3 * fast.nodes);
    expect(wasmSolveLevel(input)).toEqual(fast);
  });
});
