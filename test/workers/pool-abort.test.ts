import { describe, expect, it } from 'vitest';
import { SolverPool } from '../../src/workers-client/pool.ts';
import { batchRequest, fakeWorkers, flush, solved } from '../support/pool-factories.ts';

describe('SolverPool cancellation', () => {
  it('abort of a running batch terminates its worker, resolves solve-aborted and respawns for the next batch', async () => {
    const f = fakeWorkers();
    const pool = new SolverPool({ size: 1, spawn: f.spawn });
    const ctrl = new AbortController();
    const first = pool.run(batchRequest(1), { signal: ctrl.signal });
    await flush();
    ctrl.abort();
    const r = await first;
    expect(r.ok ? 'ok' : r.problems[0]!.code).toBe('solve-aborted');
    expect(f.terminated).toEqual([0]);
    const second = pool.run(batchRequest(2));
    await flush();
    expect(f.spawned()).toBe(2);
    f.calls[1]!.settle(solved(2));
    expect((await second).ok).toBe(true);
    pool.dispose();
  });

  it('a terminated worker answering late is never applied', async () => {
    const f = fakeWorkers();
    const pool = new SolverPool({ size: 1, spawn: f.spawn });
    const ctrl = new AbortController();
    const first = pool.run(batchRequest(1), { signal: ctrl.signal });
    await flush();
    ctrl.abort();
    const second = pool.run(batchRequest(2));
    await flush();
    f.calls[0]!.settle(solved(1)); // stale answer from worker 0
    await flush();
    expect(pool.live).toBe(1);
    f.calls[1]!.settle(solved(2));
    const [a, b] = await Promise.all([first, second]);
    expect(a.ok).toBe(false);
    expect(b.ok && b.value.count).toBe(2);
    pool.dispose();
  });

  it('abort of a queued batch removes it without touching the running one', async () => {
    const f = fakeWorkers();
    const pool = new SolverPool({ size: 1, spawn: f.spawn });
    const running = pool.run(batchRequest(1));
    const ctrl = new AbortController();
    const queued = pool.run(batchRequest(2), { signal: ctrl.signal });
    ctrl.abort();
    expect((await queued).ok).toBe(false);
    f.calls[0]!.settle(solved(1));
    expect((await running).ok).toBe(true);
    expect(f.terminated).toEqual([]);
    pool.dispose();
  });

  it('an already aborted signal never reaches a worker', async () => {
    const f = fakeWorkers();
    const pool = new SolverPool({ size: 1, spawn: f.spawn });
    const r = await pool.run(batchRequest(), { signal: AbortSignal.abort() });
    expect(r.ok).toBe(false);
    expect(f.spawned()).toBe(0);
  });
});
