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
