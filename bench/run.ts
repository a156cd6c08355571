/**
 * `npm run bench [-- --quick]`: the level solver, TypeScript reference vs WASM, measured in the same
 * run on the same inputs. Never a test. What each row measures is printed with it; WASM times
 * include encoding the SolveInput and decoding the SolveOutput (the whole `wasmSolveLevel` call).
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { solveLevel } from '../src/engine/solver/index.ts';
import type { SolveInput, SolveOutput, SolverPromotion, SolverUnit } from '../src/engine/solver/types.ts';
import { createNodeSolverPool } from '../src/node/solver-pool.ts';
import { wasmSolveLevel } from '../src/wasm/node.ts';
import { PoolSolverClient } from '../src/workers-client/batch-client.ts';
import { dealSet, overlap, scenarioA, scenarioB, scenarioC, scenarioD } from './scenarios.ts';
import { statSync } from 'node:fs';
import { SOLVER_WASM_PATH } from '../src/wasm/node.ts';
import { printOptimality } from './optimality-run.ts';
import { markdownTable } from './table.ts';

const quick = process.argv.includes('--quick');
// BENCH_ONLY=speed skips the optimality table (HiGHS), BENCH_ONLY=optimality the speed table.
const only = process.env.BENCH_ONLY;
// BENCH_ONLY=replay runs only the order-history replay benchmark (bench/replay.ts).
if (only === 'replay') {
  const { runReplayBench } = await import('./replay.ts');
  await runReplayBench(quick);
  process.exit(0);
}
const speed = only !== 'optimality';

const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const ms = (x: number): string => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
}

function same(a: SolveOutput, b: SolveOutput): boolean {
  const s = (o: SolveOutput): string => JSON.stringify(o, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}` : v));
  return s(a) === s(b);
}

const rows: string[][] = [];
const row = (...cells: string[]): void => void rows.push(cells);
let mismatches = 0;

// Warm-up: JIT both engines on a few inputs first.
for (let i = 0; i < (speed ? 3 : 1); i++) {
  const x = scenarioA(1000 + i);
  solveLevel(x);
  wasmSolveLevel(x);
}

// ---- A ------------------------------------------------------------------------------------------
if (speed) {
  const n = quick ? 10 : 20;
  const ts: number[] = [];
  const wa: number[] = [];
  for (let i = 0; i < n; i++) {
    const input = scenarioA(i);
    const [a, t1] = time(() => solveLevel(input));
    const [b, t2] = time(() => wasmSolveLevel(input));
    if (!same(a, b)) mismatches++;
    ts.push(t1);
    wa.push(t2);
  }
  const mt = quantile(ts, 0.5);
  const mw = quantile(wa, 0.5);
  row('A', `${n} baskets: 200 lines × 1–3 units, 500 promotions, one level`, `median ${ms(mt)}`, `median ${ms(mw)}`, `${(mt / mw).toFixed(1)}×`, mw <= 0.5 ? 'met (≤ 0.5 ms)' : 'missed (≤ 0.5 ms)');
}

// ---- B ------------------------------------------------------------------------------------------
function solveLevels(engine: (x: SolveInput) => SolveOutput, units: SolverUnit[], levels: SolverPromotion[][]): SolveOutput[] {
  const available = units.map(() => true);
  const outs: SolveOutput[] = [];
  for (const promotions of levels) {
    const out = engine({ units, available: available.slice(), promotions, policy: 'bestDeal', searchBudget: 200_000 });
    for (const a of out.applications) for (const u of a.used) available[u] = false;
    outs.push(out);
  }
  return outs;
}
if (speed) {
  const n = quick ? 5 : 30;
  const ts: number[] = [];
  const wa: number[] = [];
  let ov = 0;
  for (let i = 0; i < n; i++) {
    const { units, levels } = scenarioB(i);
    ov += levels.reduce((s, l) => s + overlap(l, units.length), 0) / levels.length;
    const [a, t1] = time(() => solveLevels(solveLevel, units, levels));
    const [b, t2] = time(() => solveLevels(wasmSolveLevel, units, levels));
    if (a.some((o, k) => !same(o, b[k]!))) mismatches++;
    ts.push(t1);
    wa.push(t2);
  }
  const pt = quantile(ts, 0.99);
  const pw = quantile(wa, 0.99);
  row('B', `${n} baskets: 1,000 units / 200 lines, 5,000 promotions in 20 levels (overlap ${(100 * ov / n).toFixed(0)} %), all levels`, `median ${ms(quantile(ts, 0.5))} / p99 ${ms(pt)}`, `median ${ms(quantile(wa, 0.5))} / p99 ${ms(pw)}`, `${(quantile(ts, 0.5) / quantile(wa, 0.5)).toFixed(1)}×`, pw <= 5 ? 'met (p99 ≤ 5 ms)' : 'missed (p99 ≤ 5 ms)');
}

// ---- C ------------------------------------------------------------------------------------------
if (speed) {
  const n = quick ? 10 : 50;
  const ts: number[] = [];
  const wa: number[] = [];
  let proven = 0;
  for (let i = 0; i < n; i++) {
    const input = scenarioC(i);
    const [a, t1] = time(() => solveLevel(input));
    const [b, t2] = time(() => wasmSolveLevel(input));
    if (!same(a, b)) mismatches++;
    if (b.optimal) proven++;
    ts.push(t1);
    wa.push(t2);
  }
  const worst = Math.max(...wa);
  row('C', `${n} adversarial baskets: 20 single units, 6 for 20 %, BOGO, 5 simple discounts (budget 200,000 nodes)`, `max ${ms(Math.max(...ts))}`, `max ${ms(worst)}; proven ${proven}/${n}`, `${(quantile(ts, 0.5) / quantile(wa, 0.5)).toFixed(1)}× (median)`, proven === n && worst <= 50 ? 'met (proven, ≤ 50 ms)' : 'missed (proven, ≤ 50 ms)');
}

// ---- D ------------------------------------------------------------------------------------------
if (speed) {
  const n = quick ? 10_000 : 100_000;
  const deals = dealSet(7, 60);
  const inputs: SolveInput[] = [];
  for (let i = 0; i < n; i++) inputs.push(scenarioD(i, deals));
  const inProcessN = Math.min(n, 10_000);
  const [, tIn] = time(() => { for (let i = 0; i < inProcessN; i++) wasmSolveLevel(inputs[i]!); });
  const [, tTs] = time(() => { for (let i = 0; i < inProcessN; i++) solveLevel(inputs[i]!); });
  const cells: string[] = [];
  for (const workers of [1, cpus().length]) {
    const pool = createNodeSolverPool(workers);
    const client = new PoolSolverClient(pool);
    await client.solveLevels(inputs.slice(0, 2000)); // spawn + warm
    const t = performance.now();
    const r = await client.solveLevels(inputs);
    const dt = performance.now() - t;
    if (!r.ok) throw new Error(r.problems[0]!.message);
    cells.push(`${workers} worker${workers > 1 ? 's' : ''}: ${Math.round(n / (dt / 1000)).toLocaleString('en')}/s`);
    pool.dispose();
  }
  const best = Math.max(...cells.map((c) => Number(c.split(': ')[1]!.replace(/[^0-9]/g, ''))));
  row('D', `${n.toLocaleString('en')} baskets of 10–30 lines, 20 promotions (pool: encode + transfer + solve + decode)`, `${Math.round(inProcessN / (tTs / 1000)).toLocaleString('en')}/s (1 thread)`, `${Math.round(inProcessN / (tIn / 1000)).toLocaleString('en')}/s in-process; ${cells.join('; ')}`, `${(tTs / tIn).toFixed(1)}× (in-process)`, best >= 20_000 ? 'met (≥ 20,000/s)' : 'missed (≥ 20,000/s)');
}

if (speed) printSpeed();
if (only !== 'speed') await printOptimality(quick);

function printSpeed(): void {
  const size = statSync(SOLVER_WASM_PATH).size;
  row('size', 'engine-as/build/solver.wasm (release)', '', `${size.toLocaleString('en')} bytes`, '', size < 100 * 1024 ? 'met (< 100 KB)' : 'missed');

  const head = ['', 'what (times in ms per basket unless noted)', 'TS reference', 'WASM', 'ratio', 'target'];
  console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.versions.node}; ${new Date().toISOString().slice(0, 10)}${quick ? ' (--quick)' : ''}`);
  console.log(markdownTable(head, rows));
  console.log(`outputs differing between engines: ${mismatches}`);
}
