/**
 * `BENCH_ONLY=quantities npm run bench [-- --quick]`: every sample basket with its lines scaled so
 * the order holds ~N units (5,000 and, unless --quick, 20,000, 100,000 and 1,000,000, the limit),
 * evaluated with the default budgets by the TypeScript reference and by the WASM solver. Prints
 * per N the slowest basket, the median, how many were proven optimal and the TS ÷ WASM ratio
 * (docs/benchmarks.md, "Long lines"). The reference takes units one by one (it is the oracle):
 * at 1,000,000 it runs into the evaluation's time, so that size is WASM only. Never a test:
 * nothing asserts on time.
 */
import { performance } from 'node:perf_hooks';
import type { Order } from '../src/domain/index.ts';
import { evaluate } from '../src/engine/index.ts';
import { wasmSolveLevel } from '../src/wasm/node.ts';
import { readSampleBaskets, readSampleBundle } from '../test/support/sample-files.ts';
import { markdownTable } from './table.ts';

/** The order with every line's quantity multiplied so the whole order holds about `units`. */
function scaled(order: Order, units: number): Order {
  const total = order.lines.reduce((a, l) => a + l.quantity, 0);
  const factor = Math.max(1, Math.floor(units / total));
  return { ...order, lines: order.lines.map((l) => ({ ...l, quantity: l.quantity * factor })) };
}

/** Largest order the reference is timed on. */
const TS_UP_TO = 100_000;

export function runQuantitiesBench(quick: boolean): void {
  const bundle = readSampleBundle();
  const baskets = readSampleBaskets();
  const rows: string[][] = [];
  for (const units of quick ? [5_000] : [5_000, 20_000, 100_000, 1_000_000]) {
    const per: Record<'ts' | 'wasm', { ms: number[]; proven: number; slowest: string }> = {
      ts: { ms: [], proven: 0, slowest: '' }, wasm: { ms: [], proven: 0, slowest: '' },
    };
    for (const { file, basket } of baskets) {
      const order = scaled(basket.order, units);
      for (const engine of units > TS_UP_TO ? ['wasm' as const] : ['ts', 'wasm'] as const) {
        const t = performance.now();
        const r = evaluate(bundle, order, undefined, engine === 'wasm' ? { solveLevel: wasmSolveLevel } : {});
        const took = performance.now() - t;
        const s = per[engine];
        if (took > Math.max(0, ...s.ms)) s.slowest = file.replace(/\.json$/, '');
        s.ms.push(took);
        if (r.optimal) s.proven++;
      }
    }
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const f = (x: number): string => x.toFixed(x < 10 ? 1 : 0);
    const ts = per.ts.ms.length > 0;
    rows.push([
      `~${units.toLocaleString('en-US')}`,
      ts ? `${f(median(per.ts.ms))} / ${f(Math.max(...per.ts.ms))} (${per.ts.slowest})` : '—',
      `${f(median(per.wasm.ms))} / ${f(Math.max(...per.wasm.ms))} (${per.wasm.slowest})`,
      `${ts ? per.ts.proven : '—'} / ${per.wasm.proven} of ${baskets.length}`,
      ts ? `${(per.ts.ms.reduce((a, b) => a + b, 0) / per.wasm.ms.reduce((a, b) => a + b, 0)).toFixed(1)}×` : '—',
    ]);
  }
  console.log('Sample baskets scaled to long lines, default budgets (evaluate, whole order):');
  console.log(markdownTable(['units per order', 'TS ms: median / max (slowest)', 'WASM ms: median / max (slowest)', 'proven optimal TS / WASM', 'TS ÷ WASM (sum)'], rows));
}
