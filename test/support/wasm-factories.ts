/** Helpers shared by the WASM tests: canonical form of solver outputs and level generators. */
import fc from 'fast-check';
import type { SolveInput, SolveOutput } from '../../src/engine/solver/types.ts';
import { arbitraryLevel } from './solver-factories.ts';

/** A comparable form of a SolveOutput (bigints as strings, `bound` present only when set). */
export function canonical(o: SolveOutput): string {
  return JSON.stringify(o, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
}

/**
 * Random levels for the differential test: the solver factories' levels with a random policy and,
 * one time in three, a small node budget so cut-offs, greedy fallbacks and bounds are compared too.
 */
export function arbitraryWasmLevel(maxUnits = 8, maxPromos = 5): fc.Arbitrary<SolveInput> {
  return fc
    .record({
      level: arbitraryLevel(maxUnits, maxPromos),
      policy: fc.constantFrom('bestDeal' as const, 'bestDeal' as const, 'bestDeal' as const, 'cheapestInTransaction' as const),
      budget: fc.oneof(fc.constant(50_000_000), fc.constant(50_000_000), fc.integer({ min: 1, max: 300 })),
    })
    .map(({ level, policy, budget }) => ({ ...level, policy, searchBudget: budget }));
}

/**
 * A level whose lines hold many units: every unit of `level` becomes `copies[i]` identical units
 * of its line (same price, roles and availability), so sorts, cursors and bounds meet lists of
 * hundreds of units, as a wholesale order's lines do.
 */
export function inflateLevel(level: SolveInput, copies: readonly number[]): SolveInput {
  const units: SolveInput['units'][number][] = [];
  const available: boolean[] = [];
  const copiesOf: number[][] = [];
  const nextUnit = new Map<number, number>();
  level.units.forEach((u, i) => {
    const mine: number[] = [];
    for (let c = 0; c < copies[i % copies.length]!; c++) {
      const unit = nextUnit.get(u.line) ?? 0;
      nextUnit.set(u.line, unit + 1);
      mine.push(units.length);
      units.push({ ...u, unit });
      available.push(level.available[i]!);
    }
    copiesOf.push(mine);
  });
  const spread = (list: readonly number[]): number[] => list.flatMap((i) => copiesOf[i]!).sort((a, b) => a - b);
  return {
    ...level,
    units,
    available,
    promotions: level.promotions.map((p) => ({ ...p, qualifying: spread(p.qualifying), benefit: spread(p.benefit) })),
  };
}

/** Random levels with long lines (`inflateLevel` of a small random level). */
export function arbitraryLargeLineLevel(): fc.Arbitrary<SolveInput> {
  return fc
    .record({
      level: arbitraryLevel(5, 3),
      copies: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 5 }),
      budget: fc.oneof(fc.constant(20_000), fc.integer({ min: 1, max: 2_000 })),
    })
    .map(({ level, copies, budget }) => ({ ...inflateLevel(level, copies), searchBudget: budget }));
}
