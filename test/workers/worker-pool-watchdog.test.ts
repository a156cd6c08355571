import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkerPool } from '../../src/workers-client/worker-pool.ts';
import { echo, fakeEchoWorkers, type EchoApi } from '../support/batch-factories.ts';
import { flush } from '../support/pool-factories.ts';

// Issue 11: a worker that died without an error event left the simulator on "Evaluating…" for good.
describe('WorkerPool watchdog', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a call that never answers is failed as timed out, its worker terminated, and the next call gets a fresh worker', async () => {
    const f = fakeEchoWorkers();
    const pool = new WorkerPool<EchoApi>({ size: 1, spawn: f.spawn, timeoutMs: 1_000 });
    const silent = pool.run(echo(1)); // the fake never settles it: a worker that died silently
    await vi.advanceTimersByTimeAsync(999);
    expect(f.terminated).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(await silent).toEqual({ kind: 'failed', timedOut: true, message: expect.stringContaining('did not answer within 1 s') });
    expect(f.terminated).toEqual([0]);
    const next = pool.run(echo(2));
    expect(f.calls[1]!.worker).toBe(1);
    f.calls[1]!.settle('2');
    expect(await next).toEqual({ kind: 'done', value: '2' });
    pool.dispose();
  });

  it('an answer in time clears the watchdog: the worker is kept', async () => {
    const f = fakeEchoWorkers();
    const pool = new WorkerPool<EchoApi>({ size: 1, spawn: f.spawn, timeoutMs: 1_000 });
    const a = pool.run(echo(1));
    f.calls[0]!.settle('1');
    await flush();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await a).toEqual({ kind: 'done', value: '1' });
    expect(f.terminated).toEqual([]);
    pool.dispose();
  });

  it('a per-call timeout overrides the pool’s', async () => {
    const f = fakeEchoWorkers();
    const pool = new WorkerPool<EchoApi>({ size: 1, spawn: f.spawn });
    const a = pool.run(echo(1), { timeoutMs: 50 });
    await vi.advanceTimersByTimeAsync(50);
    expect(await a).toMatchObject({ kind: 'failed', timedOut: true });
    pool.dispose();
  });
});
