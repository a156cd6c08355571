/**
 * Levels for the search shortcuts that need units without floors (sorted chunks of a fixed total,
 * sets worth the same): the same level with a floor of one cent on every unit is solved the
 * general way, and where no floor of one cent binds, both must give the very same output.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { expandAll } from '../../src/engine/solver/copies.ts';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../../src/wasm/node.ts';
import type { SolveInput } from '../../src/engine/solver/types.ts';
import { makeLevel, type PromoSpec, type UnitSpec } from './solver-factories.ts';

/** The level with a floor of one cent on every unit: the floor-free shortcuts are off. */
export const withCentFloors = (level: SolveInput): SolveInput => ({ ...level, units: level.units.map((u) => ({ ...u, floor: 1n })) });

/**
 * Also a budget no plan reaches on every promotion: the shortcuts of per-unit sets, which floors
 * leave on, are off too (a budget never binds there, so the output must not change).
 */
export const withUnreachedBudgets = (level: SolveInput): SolveInput => {
  const floored = withCentFloors(level);
  return { ...floored, promotions: floored.promotions.map((p) => ({ ...p, budget: 10n ** 12n })) };
};

export interface UnitDraw {
  readonly product: string;
  readonly price: bigint;
  /** Customer price below the regular price by this much (0n: none). */
  readonly cut: bigint;
}

/** Random levels: `minUnits`–`maxUnits` units, 1–4 promotions from `deal`, each on a random subset of the units. */
export function arbitraryShortcutLevel(unit: fc.Arbitrary<UnitDraw>, deal: fc.Arbitrary<Omit<PromoSpec, 'id'>>, maxUnits: number): fc.Arbitrary<SolveInput> {
  return fc.record({
    units: fc.array(unit, { minLength: 3, maxLength: maxUnits }),
    deals: fc.array(fc.record({ deal, mask: fc.integer({ min: 1, max: (1 << maxUnits) - 1 }) }), { minLength: 1, maxLength: 4 }),
  }).map(({ units, deals }) => {
    const specs: UnitSpec[] = units.map((u) => ({ product: u.product, price: u.price, customerPrice: u.price - u.cut }));
    const promos = deals.map(({ deal: d, mask }, i): PromoSpec => {
      const qualifying = specs.map((_, j) => j).filter((j) => (mask >> j) & 1);
      return { ...d, id: `p${i}`, qualifying: qualifying.length > 0 ? qualifying : [0] };
    });
    return makeLevel(specs, promos, { searchBudget: 5_000_000 });
  });
}

/**
 * Asserts the level is proven with the same output with and without the shortcuts (`general` turns
 * them off; default: cent floors), and that WASM agrees.
 */
export function expectSameAsGeneralSearch(input: SolveInput, general: (level: SolveInput) => SolveInput = withCentFloors): void {
  const fast = solveLevel(input);
  const slow = solveLevel(general(input));
  expect(slow.optimal).toBe(true);
  expect(fast.optimal).toBe(true);
  expect(fast.total).toBe(slow.total);
  // Counting copies (docs/solver.md 12) depends on the groups the shortcuts' levels form: compare copy by copy.
  expect(expandAll(input, fast.applications)).toEqual(expandAll(input, slow.applications));
  expect(wasmSolveLevel(input)).toEqual(fast);
}
