/**
 * The optimality table of `npm run bench`: per shape, the WASM solver against HiGHS on the same
 * levels in the same run (bench/optimality.ts). HiGHS is slow on the large shapes, so each shape
 * solves a sample; the sizes come from the environment:
 *   BENCH_OPT_A (baskets, default 20; --quick 3), BENCH_OPT_B (baskets of 20 levels, default 10;
 *   --quick 2), BENCH_OPT_C (default 50; --quick 10), BENCH_OPT_D (baskets, default 200; --quick 50).
 */
import { cpus } from 'node:os';
import type { SolveInput, SolveOutput, SolverPromotion, SolverUnit } from '../src/engine/solver/types.ts';
import { improveByNeighbourhoods } from '../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../src/wasm/node.ts';
import { loadHighs, type Highs } from '../test/support/milp-solve.ts';
import { measureLevel, percent, summarise, type LevelMeasure } from './optimality.ts';
import { dealSet, scenarioA, scenarioB, scenarioC, scenarioD } from './scenarios.ts';
import { markdownTable } from './table.ts';

const size = (name: string, full: number, quick: number, isQuick: boolean): number => {
  const v = process.env[name];
  if (v === undefined || v === '') return isQuick ? quick : full;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${v}"`);
  return n;
};

/** The WASM solver as the evaluator runs it: a cut-off level's plan improved by the neighbourhood search. */
const engineSolve = (x: SolveInput): SolveOutput => improveByNeighbourhoods(x, wasmSolveLevel(x), wasmSolveLevel);

/** B's levels as the pipeline meets them: each solved by WASM on the units earlier levels left. */
function bLevels(highs: Highs, units: SolverUnit[], levels: SolverPromotion[][]): LevelMeasure[] {
  const available = units.map(() => true);
  return levels.map((promotions) => {
    const input: SolveInput = { units, available: available.slice(), promotions, policy: 'bestDeal', searchBudget: 200_000 };
    const m = measureLevel(highs, input, engineSolve);
    for (const a of m.out.applications) for (const u of a.used) available[u] = false;
    return m;
  });
}

export async function printOptimality(quick: boolean): Promise<void> {
  const highs = await loadHighs();
  const solve = engineSolve;
  const nA = size('BENCH_OPT_A', 20, 3, quick);
  const nB = size('BENCH_OPT_B', 10, 2, quick);
  const nC = size('BENCH_OPT_C', 50, 10, quick);
  const nD = size('BENCH_OPT_D', 200, 50, quick);
  const deals = dealSet(7, 60); // the D deals of the speed table
  const shapes: [string, string, () => LevelMeasure[]][] = [
    ['A', `${nA} baskets (one level each)`, () => Array.from({ length: nA }, (_, i) => measureLevel(highs, scenarioA(i), solve))],
    ['B', `${nB} baskets × 20 levels`, () => Array.from({ length: nB }, (_, i) => scenarioB(i)).flatMap(({ units, levels }) => bLevels(highs, units, levels))],
    ['C', `${nC} baskets`, () => Array.from({ length: nC }, (_, i) => measureLevel(highs, scenarioC(i), solve))],
    ['D', `first ${nD} of the speed table's baskets`, () => Array.from({ length: nD }, (_, i) => measureLevel(highs, scenarioD(i, deals), solve))],
  ];
  const rows: string[][] = [];
  const contradictions: string[] = [];
  for (const [shape, what, run] of shapes) {
    const ms = run();
    if (ms.length === 0) continue;
    const r = summarise(ms);
    contradictions.push(...r.contradictions.map((c) => `${shape} ${c}`));
    rows.push([
      shape,
      what,
      `${r.proven} / ${r.levels} (${((100 * r.proven) / r.levels).toFixed(1)} %)`,
      `${percent(r.meanBp)} / ${percent(r.worstBp)}`,
      r.boundMeanBp === null || r.boundWorstBp === null ? '(all proven)' : `${percent(r.boundMeanBp)} / ${percent(r.boundWorstBp)}`,
      `${fmt(r.medianMs)} / ${fmt(r.p99Ms)}`,
      fmt(r.milpMedianMs),
      `${(r.milpMedianMs / r.medianMs).toFixed(1)}×`,
    ]);
  }
  console.log();
  console.log(`optimality (WASM solver vs HiGHS on the same levels, this run; ${cpus().length} cores, node ${process.versions.node})`);
  console.log(markdownTable(['', 'levels', 'proven optimal', '% of optimum: mean / worst', 'bound if unproven, % of optimum: mean / worst', 'WASM ms per level: median / p99', 'HiGHS ms median', 'HiGHS ÷ WASM (medians)'], rows));
  console.log(`levels contradicting the optimum (should be 0): ${contradictions.length}`);
  for (const c of contradictions) console.log(`  ${c}`);
}

const fmt = (x: number): string => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
