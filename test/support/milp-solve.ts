/**
 * Solves a level's integer program (milp-level.ts) with HiGHS (npm `highs`, WASM, single thread)
 * and returns the exact optimum in minor units. Shared by the oracle test and `npm run bench`.
 * @example const highs = await loadHighs(); const { optimum } = solveLevelMilp(highs, input);
 */
import { performance } from 'node:perf_hooks';
import highsLoader from 'highs';
import type { SolveInput } from '../../src/engine/solver/types.ts';
import { buildLevelMilp } from './milp-level.ts';

export type Highs = Awaited<ReturnType<typeof highsLoader>>;

export const loadHighs = (): Promise<Highs> => highsLoader();

export interface MilpResult {
  /** The level's best objective (as `SolveOutput.total`), proven by HiGHS. */
  readonly optimum: bigint;
  /** Wall clock of building the model and solving it. */
  readonly ms: number;
  readonly size: { readonly variables: number; readonly rows: number };
}

// Presolve stays on: with it off, HiGHS 1.15.3 (this WASM build) returned "Optimal" values below
// the true optimum on some cheapestBenefit levels (found comparing runs; the value with presolve
// on equals the solver's proven one). With it on, one of its rules (free-column substitution)
// misbehaved on a defined "unit in use" column, so milp-level.ts writes none.
// Gaps: the objective is integral, so stopping once the bound is within 0.5 of the incumbent is
// exact; the relative gap must be 0 (its default would accept a 0.01 % worse plan). The primal
// heuristics only find plans sooner; on these models they cost more than they save (measured:
// 40 medium levels 10.6 s with them, 6.0 s without; same optima).
const OPTIONS = {
  output_flag: false,
  mip_rel_gap: 0,
  mip_abs_gap: 0.5,
  mip_heuristic_run_feasibility_jump: false,
  mip_heuristic_run_zi_round: false,
  mip_heuristic_run_shifting: false,
  mip_heuristic_run_rins: false,
  mip_heuristic_run_rens: false,
  mip_heuristic_run_root_reduced_cost: false,
} as const;

/** Throws when HiGHS does not prove an optimum or the value is not an integer. */
export function solveLevelMilp(highs: Highs, input: SolveInput, timeLimitSeconds = 600): MilpResult {
  const t0 = performance.now();
  const model = buildLevelMilp(input);
  if (model.lp === '') return { optimum: model.base, ms: performance.now() - t0, size: model.size };
  const res = highs.solve(model.lp, { ...OPTIONS, time_limit: timeLimitSeconds });
  const ms = performance.now() - t0;
  if (res.Status !== 'Optimal') throw new Error(`HiGHS: ${res.Status} (model ${model.size.variables} variables, ${model.size.rows} rows)`);
  const v = res.ObjectiveValue;
  const r = Math.round(v);
  if (!Number.isSafeInteger(r) || Math.abs(v - r) > 1e-3) throw new Error(`HiGHS: objective ${v} is not an integer amount`);
  return { optimum: model.base + BigInt(r), ms, size: model.size };
}

/**
 * The optimum of the same model's LP relaxation (integrality dropped), rounded down to minor
 * units: how far the plain relaxation sits above the integer optimum (bench/lagrange-dual.ts).
 */
export function solveLevelLp(highs: Highs, input: SolveInput): bigint {
  const model = buildLevelMilp(input);
  if (model.lp === '') return model.base;
  const lp = model.lp.replace(/\nGenerals\n[\s\S]*?\nEnd$/, '\nEnd');
  const res = highs.solve(lp, { output_flag: false });
  if (res.Status !== 'Optimal') throw new Error(`HiGHS LP: ${res.Status}`);
  return model.base + BigInt(Math.floor(res.ObjectiveValue + 1e-6));
}
