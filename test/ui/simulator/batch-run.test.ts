import { describe, expect, it } from 'vitest';
import { runBatch, type BatchInput } from '../../../src/ui/simulator/batch-run.ts';
import { evaluationPool } from '../../../src/ui/simulator/evaluation-client.ts';
import { fakeEvaluateWorkers, orderId } from '../../support/batch-factories.ts';
import { flush } from '../../support/pool-factories.ts';
import { okResponse, result } from '../../support/simulator-factories.ts';

const basket = (id: string, extra: Partial<BatchInput> = {}): BatchInput => ({ id, name: `Basket ${id}`, order: { id }, ...extra });
const baskets = ['a', 'b', 'c', 'd'].map((id) => basket(id));
const ok = okResponse(result([]));

describe('runBatch on the evaluation pool', () => {
  it('evaluates one basket per worker at a time, with the bundle key and each basket’s own state', async () => {
    const f = fakeEvaluateWorkers();
    const pool = evaluationPool(f.spawn, 2);
    const run = runBatch(pool, { bundle: { name: 'B' }, bundleKey: 'rev1', baskets: [basket('a', { state: { couponUses: {} } }), ...baskets.slice(1)] });
    await flush();
    expect(f.calls.map((c) => [c.worker, orderId(c)])).toEqual([[0, 'a'], [1, 'b']]);
    expect(f.calls[0]).toMatchObject({ bundle: { name: 'B' }, state: { couponUses: {} }, options: { bundleKey: 'rev1' } });
    expect(f.calls[1]!.state).toBeUndefined();
    f.calls[1]!.answer(ok);
    await flush();
    expect(f.calls.map(orderId)).toEqual(['a', 'b', 'c']);
    for (const c of f.calls.slice(0)) c.answer(ok);
    await flush();
    f.calls[3]!.answer(ok);
    const rows = await run;
    expect(rows.map((r) => [r.basketId, r.kind])).toEqual([['a', 'done'], ['b', 'done'], ['c', 'done'], ['d', 'done']]);
    expect(f.spawned()).toBe(2);
    pool.dispose();
  });

  it('reports each row as it finishes', async () => {
    const f = fakeEvaluateWorkers();
    const pool = evaluationPool(f.spawn, 2);
    const seen: [number, string][] = [];
    const run = runBatch(pool, { bundle: {}, baskets: baskets.slice(0, 2) }, { onRow: (i, row) => seen.push([i, row.kind]) });
    await flush();
    f.calls[1]!.answer(ok);
    await flush();
    expect(seen).toEqual([[1, 'done']]);
    f.calls[0]!.answer({ ok: false, problems: [] });
    await run;
    expect(seen).toEqual([[1, 'done'], [0, 'failed']]);
    pool.dispose();
  });

  it('cancel terminates the busy workers, keeps finished rows and marks the rest cancelled', async () => {
    const f = fakeEvaluateWorkers();
    const pool = evaluationPool(f.spawn, 2);
    const ctrl = new AbortController();
    const run = runBatch(pool, { bundle: {}, baskets }, { signal: ctrl.signal });
    await flush();
    f.calls[0]!.answer(ok); // a done; c starts on worker 0
    await flush();
    ctrl.abort();
    const rows = await run;
    expect(rows.map((r) => r.kind)).toEqual(['done', 'cancelled', 'cancelled', 'cancelled']);
    expect(f.terminated.sort()).toEqual([0, 1]);
    expect(f.calls.map(orderId)).toEqual(['a', 'b', 'c']); // d never reached a worker
    // A terminated worker answering late changes nothing.
    f.calls[1]!.answer(ok);
    await flush();
    expect(rows[1]!.kind).toBe('cancelled');
    pool.dispose();
  });

  it('a crashed worker fails its basket only', async () => {
    const f = fakeEvaluateWorkers();
    const pool = evaluationPool(f.spawn, 1);
    const run = runBatch(pool, { bundle: {}, baskets: baskets.slice(0, 2) });
    f.calls[0]!.answer(Promise.reject(new Error('out of memory')) as never);
    await flush();
    f.calls[1]!.answer(ok);
    const rows = await run;
    expect(rows[0]).toMatchObject({ kind: 'failed', problems: [{ code: 'evaluation-worker-failed' }] });
    expect(rows[1]!.kind).toBe('done');
    expect(f.calls[1]!.worker).toBe(1);
    pool.dispose();
  });
});
