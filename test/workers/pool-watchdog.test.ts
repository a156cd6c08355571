import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SOLVER_PROGRESS_CHUNK, SolverPool } from '../../src/workers-client/pool.ts';
import { batchRequest, fakeWorkers, flush, solved } from '../support/pool-factories.ts';

// Issue 11: a solver worker that died without an error event left its batch waiting for good.
describe('SolverPool watchdog', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a silent worker is stopped after timeoutMs, the batch says why, and the next batch gets a fresh worker', async () => {
    const f = fakeWorkers();
    const pool = new SolverPool({ size: 1, timeoutMs: 5_000, spawn: f.spawn });
    const first = pool.run(batchRequest());
    await flush();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(f.terminated).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(await first).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'solver-worker-timeout', severity: 'error', message: expect.stringContaining('within 5 s') })],
    });
    expect(f.terminated).toEqual([0]);
    const second = pool.run(batchRequest());
    await flush();
    expect(f.calls[1]!.worker).toBe(1);
    f.calls[1]!.settle(solved());
    expect((await second).ok).toBe(true);
    pool.dispose();
  });

  it('a worker that keeps reporting progress lives past timeoutMs, and a late answer from a stopped one is dropped', async () => {
    const f = fakeWorkers();
    const pool = new SolverPool({ size: 1, timeoutMs: 5_000, spawn: f.spawn });
    const seen: number[] = [];
    const r = pool.run(batchRequest(1_000), { onProgress: (done) => void seen.push(done) });
    await flush();
    const call = f.calls[0]!;
    for (let done = 256; done < 1_000; done += 256) {
      await vi.advanceTimersByTimeAsync(4_000);
      call.progress!(done, 1_000);
    }
    await vi.advanceTimersByTimeAsync(4_000);
    expect(f.terminated).toEqual([]);
    call.settle(solved(1_000));
    expect((await r).ok).toBe(true);
    expect(seen).toEqual([256, 512, 768]);
    pool.dispose();
  });

  it('asks the worker for progress at least every SOLVER_PROGRESS_CHUNK levels, even without an onProgress', async () => {
    const f = fakeWorkers();
    const pool = new SolverPool({ size: 1, spawn: f.spawn });
    void pool.run({ ...batchRequest(5_000), chunk: 1_000 });
    void pool.run({ ...batchRequest(10), chunk: 4 });
    await flush();
    expect(f.calls[0]!.request.chunk).toBe(SOLVER_PROGRESS_CHUNK);
    expect(f.calls[0]!.progress).toBeTypeOf('function');
    f.calls[0]!.settle(solved(5_000));
    await flush();
    expect(f.calls[1]!.request.chunk).toBe(4);
    pool.dispose();
  });
});
