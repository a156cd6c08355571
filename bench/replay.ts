/**
 * `BENCH_ONLY=replay npm run bench [-- --quick]`: the CLI path of history replay. Generates the
 * benchmark bundle (30 promotions) and a history of 1,000,000 order lines (about 200,000 orders;
 * `--quick`: 100,000 lines), then runs `promo simulate` as a child process with 1 and 2 worker
 * threads and reads its closing line: wall time, orders/s, lines/s, peak RSS of the whole
 * process (main thread and workers share it), and CPU time of all its threads. Never a test.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchBundle, writeBenchHistory } from './replay-history.ts';
import { markdownTable } from './table.ts';

interface Run {
  readonly workers: number;
  readonly done: string;
  readonly wallSeconds: number;
}

function simulate(bundle: string, history: string, workers: number, out: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'simulate', '--bundle', bundle, '--orders', history, '--workers', String(workers), '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      process.stderr.write(d);
    });
    child.on('exit', (code) => {
      const done = err.split('\n').find((l) => l.startsWith('done: '));
      if (code !== 0 || done === undefined) return reject(new Error(`simulate exited ${code}: ${err.slice(-500)}`));
      resolve({ workers, done, wallSeconds: (performance.now() - started) / 1000 });
    });
  });
}

export async function runReplayBench(quick: boolean): Promise<void> {
  const lines = quick ? 100_000 : 1_000_000;
  const dir = mkdtempSync(join(tmpdir(), 'promo-replay-bench-'));
  const bundlePath = join(dir, 'bundle.json');
  const historyPath = join(dir, 'history.csv');
  const bundle = benchBundle();
  writeFileSync(bundlePath, JSON.stringify(bundle));
  const t = performance.now();
  const written = await writeBenchHistory(historyPath, lines, bundle);
  console.log(`generated ${written.lines.toLocaleString('en-US')} lines, ${written.orders.toLocaleString('en-US')} orders in ${((performance.now() - t) / 1000).toFixed(1)} s (${historyPath})`);
  const runs: Run[] = [];
  for (const workers of [1, 2]) runs.push(await simulate(bundlePath, historyPath, workers, join(dir, `report-${workers}.json`)));
  const rows = runs.map((r) => {
    const m = /in ([\d.]+) s \(([\d,]+) orders\/s, ([\d,]+) lines\/s\); peak memory (\d+) MB, cpu ([\d.]+) s/.exec(r.done);
    return [String(r.workers), m?.[1] ?? '?', m?.[2] ?? '?', m?.[3] ?? '?', m?.[4] ?? '?', m?.[5] ?? '?', r.wallSeconds.toFixed(1)];
  });
  console.log(markdownTable(['workers', 'replay s (read + replay)', 'orders/s', 'lines/s', 'peak RSS MB', 'CPU s (all threads)', 'process wall s'], rows));
}
