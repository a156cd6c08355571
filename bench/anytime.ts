/**
 * `npx tsx bench/anytime.ts [seeds, default 0-19]`: how good shape A's answer is when it must be
 * ready by a deadline, WASM, warm. Never a test. Per deadline: the level solved with a search
 * budget of one node (the incumbent: value fills and local search), then improved by the
 * evaluator's neighbourhood search (docs/solver.md 10) until the deadline; % of the HiGHS
 * optimum, mean and worst over the seeds, and the median time the answer took (a deadline shorter
 * than the first answer still waits for it).
 */
import { performance } from 'node:perf_hooks';
import { improveByNeighbourhoods } from '../src/engine/solver/index.ts';
import { wasmSolveLevel } from '../src/wasm/node.ts';
import { loadHighs, solveLevelMilp } from '../test/support/milp-solve.ts';
import { scenarioA } from './scenarios.ts';
import { markdownTable } from './table.ts';

const DEADLINES_MS = [2, 10, 25, 50, 100, 200, 400];

const arg = process.argv[2] ?? '0-19';
const [lo, hi] = arg.includes('-') ? arg.split('-').map(Number) : [Number(arg), Number(arg)];
const highs = await loadHighs();
const levels: { input: ReturnType<typeof scenarioA>; optimum: bigint }[] = [];
for (let seed = lo!; seed <= hi!; seed++) {
  const input = scenarioA(seed);
  levels.push({ input, optimum: solveLevelMilp(highs, input).optimum });
}
for (const { input } of levels) wasmSolveLevel({ ...input, searchBudget: 1 }); // warm
const rows: string[][] = [];
for (const deadline of DEADLINES_MS) {
  const shares: number[] = [];
  const times: number[] = [];
  for (const { input, optimum } of levels) {
    const t0 = performance.now();
    const first = wasmSolveLevel({ ...input, searchBudget: 1 });
    const out = improveByNeighbourhoods(input, first, wasmSolveLevel, () => performance.now() - t0 < deadline);
    times.push(performance.now() - t0);
    shares.push(Number((out.total * 100_000n) / optimum) / 1000);
  }
  times.sort((a, b) => a - b);
  const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
  rows.push([`${deadline} ms`, `${mean.toFixed(2)} %`, `${Math.min(...shares).toFixed(2)} %`, `${times[times.length >> 1]!.toFixed(1)} ms`]);
}
console.log(`shape A, ${levels.length} levels: the answer at a deadline`);
console.log(markdownTable(['deadline', '% of optimum, mean', 'worst', 'median time taken'], rows));
