/**
 * How good the WASM solver's answers are, per bench shape: levels proven optimal, the value found as
 * a share of the true optimum (HiGHS on the integer program of test/support/milp-level.ts, the same
 * model the oracle test uses), and the time of each, measured in the same run on the same levels.
 * Every level is also checked as the oracle test does (optimal ⇒ equal; else total ≤ optimum ≤
 * bound); a failure is counted and printed, never hidden.
 */
import { performance } from 'node:perf_hooks';
import type { SolveInput, SolveOutput } from '../src/engine/solver/types.ts';
import { solveLevelMilp, type Highs } from '../test/support/milp-solve.ts';

export interface LevelMeasure {
  readonly out: SolveOutput;
  readonly ms: number;
  readonly optimum: bigint;
  readonly milpMs: number;
}

export interface OptimalityRow {
  readonly levels: number;
  readonly proven: number;
  /** Mean over levels of total ÷ optimum in basis points (10000 = at the optimum), and the worst level's. */
  readonly meanBp: bigint;
  readonly worstBp: bigint;
  /**
   * Over the levels not proven: mean and worst (largest) reported bound ÷ optimum in basis points
   * (10000 = the bound is the optimum); null when every level is proven.
   */
  readonly boundMeanBp: bigint | null;
  readonly boundWorstBp: bigint | null;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly milpMedianMs: number;
  /** Levels where the solver contradicts the optimum (a bug in the solver or the model). */
  readonly contradictions: readonly string[];
}

const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/** Share in basis points, exact (bigint); an optimum of 0 is reached by any total of 0. */
const shareBp = (total: bigint, optimum: bigint): bigint => (optimum === 0n ? 10000n : (total * 10000n) / optimum);

/** Solves one level with the engine (timed) and with HiGHS. */
export function measureLevel(highs: Highs, input: SolveInput, engine: (x: SolveInput) => SolveOutput): LevelMeasure {
  const t = performance.now();
  const out = engine(input);
  const ms = performance.now() - t;
  const milp = solveLevelMilp(highs, input);
  return { out, ms, optimum: milp.optimum, milpMs: milp.ms };
}

export function summarise(ms: readonly LevelMeasure[]): OptimalityRow {
  const contradictions: string[] = [];
  let worstBp = 10000n;
  let sumBp = 0n;
  ms.forEach((m, i) => {
    const { out, optimum } = m;
    if (out.optimal ? out.total !== optimum : out.total > optimum || out.bound === undefined || out.bound < optimum) {
      contradictions.push(`level ${i}: optimal ${out.optimal}, total ${out.total}, bound ${out.bound}, MILP ${optimum}`);
    }
    const bp = shareBp(out.total, optimum);
    if (bp < worstBp) worstBp = bp;
    sumBp += bp;
  });
  const bounds = ms.filter((m) => !m.out.optimal && m.out.bound !== undefined).map((m) => shareBp(m.out.bound!, m.optimum));
  return {
    boundMeanBp: bounds.length === 0 ? null : bounds.reduce((a, b) => a + b, 0n) / BigInt(bounds.length),
    boundWorstBp: bounds.length === 0 ? null : bounds.reduce((a, b) => (b > a ? b : a), 0n),
    levels: ms.length,
    proven: ms.filter((m) => m.out.optimal).length,
    meanBp: ms.length === 0 ? 10000n : sumBp / BigInt(ms.length),
    worstBp,
    medianMs: quantile(ms.map((m) => m.ms), 0.5),
    p99Ms: quantile(ms.map((m) => m.ms), 0.99),
    milpMedianMs: quantile(ms.map((m) => m.milpMs), 0.5),
    contradictions,
  };
}

/** "99.12 %" from basis points, without a float. */
export const percent = (bp: bigint): string => `${bp / 100n}.${String(bp % 100n).padStart(2, '0')} %`;
