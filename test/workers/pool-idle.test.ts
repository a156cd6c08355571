import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SolverPool } from '../../src/workers-client/pool.ts';
import { batchRequest, fakeWorkers, flush, solved } from '../support/pool-factories.ts';

describe('SolverPool idle workers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('terminates a worker idle for idleMs and spawns a fresh one on demand', async () => {
    const f = fakeWorkers();
    const pool = new SolverPool({ size: 1, idleMs: 1000, spawn: f.spawn });
    const r = pool.run(batchRequest());
    await flush();
    f.calls[0]!.settle(solved());
    await r;
    await flush();
    vi.advanceTimersByTime(999);
    expect(pool.live).toBe(1);
    vi.advanceTimersByTime(1);
    expect(pool.live).toBe(0);
    expect(f.terminated).toEqual([0]);
    const again = pool.run(batchRequest());
    await flush();
    expect(f.spawned()).toBe(2);
    f.calls[1]!.settle(solved());
    expect((await again).ok).toBe(true);
    pool.dispose();
  });
});
