import { beforeAll, describe, expect, it } from 'vitest';
import { solverModule } from '../../src/wasm/node.ts';
import { instantiateSolver } from '../../src/wasm/solver-module.ts';
import { BundleEncoder, SectionWriter, compileBundle } from '../../src/wire/index.ts';
import { makeBatchSolver } from '../../workers/batch.ts';
import { FREE, buys, line, makeLevel, usd } from '../support/solver-factories.ts';
import { asBundle } from '../support/basket-factories.ts';
import { ensureWasm } from '../wasm/ensure-wasm.ts';

beforeAll(ensureWasm);

const { promotions, request } = asBundle(makeLevel([...line(3, usd(10), 'A', 0)], [{ id: 'two-free', tiers: [{ threshold: buys(2), reward: FREE }] }]));

describe('a solver worker does not wait on its progress reports', () => {
  it('a reporter that never answers the first reports still gets every report, the last awaited before the answer', async () => {
    const bundle = compileBundle(promotions, 'progress');
    const w = new SectionWriter();
    const encoder = new BundleEncoder(bundle);
    for (let i = 0; i < 5; i++) encoder.encode(w, request);
    const s = w.sections();
    const seen: number[] = [];
    let lastAnswered = false;
    // Over Comlink a report is a round trip; a main thread busy elsewhere answers late. Here the
    // intermediate reports never answer at all, and the last answers on the next task.
    const report = (done: number, total: number): Promise<void> => {
      seen.push(done);
      if (done < total) return new Promise<void>(() => undefined);
      return new Promise<void>((resolve) => setTimeout(() => { lastAnswered = true; resolve(); }, 0));
    };
    const r = await makeBatchSolver(instantiateSolver(solverModule())).solveBatch({
      table: { kind: 'bundle', key: bundle.key, i32: bundle.sections.i32.slice().buffer, i64: bundle.sections.i64.slice().buffer },
      levels: { i32: s.i32.slice().buffer, i64: s.i64.slice().buffer },
      count: 5,
      chunk: 2,
    }, report);
    expect(r.ok).toBe(true);
    expect(seen).toEqual([2, 4, 5]);
    expect(lastAnswered).toBe(true);
  });
});
