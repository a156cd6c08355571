/**
 * The optimality oracle's verdict (issue 9): a level solved by both engines and by HiGHS on the
 * integer program of milp-level.ts. Optimal ⇒ the optimum; otherwise total ≤ optimum ≤ bound.
 * Shared by the oracle test files, which split the levels so they run in parallel.
 */
import { solveLevel } from '../../src/engine/solver/index.ts';
import type { SolveInput, SolveOutput } from '../../src/engine/solver/types.ts';
import { wasmSolveLevel } from '../../src/wasm/node.ts';
import { solveLevelMilp, type Highs } from './milp-solve.ts';

export const hasCheapestBenefit = (x: SolveInput): boolean => x.promotions.some((p) => p.target === 'cheapestBenefit');
export const showLevel = (x: SolveInput): string => JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

/** A problem with the answer, or undefined when it agrees with the optimum. */
export function verdict(out: SolveOutput, optimum: bigint): string | undefined {
  if (out.optimal) return out.total === optimum ? undefined : `optimal ${out.total} ≠ MILP ${optimum}`;
  if (out.total > optimum) return `total ${out.total} > MILP ${optimum}`;
  if (out.bound === undefined || out.bound < optimum) return `bound ${out.bound} < MILP ${optimum}`;
  return undefined;
}

export interface Checked { readonly level: SolveInput; readonly optimum: bigint; readonly ts: SolveOutput; readonly wasm: SolveOutput }

export const checkLevel = (highs: Highs, level: SolveInput): Checked =>
  ({ level, optimum: solveLevelMilp(highs, level).optimum, ts: solveLevel(level), wasm: wasmSolveLevel(level) });

/** Every engine's verdict on every level, as readable lines (empty when all agree). */
export const problemsOf = (checked: readonly Checked[], engine: 'ts' | 'wasm'): string[] =>
  checked.flatMap((c) => {
    const v = verdict(c[engine], c.optimum);
    return v === undefined ? [] : [`${v}: ${showLevel(c.level)}`];
  });
