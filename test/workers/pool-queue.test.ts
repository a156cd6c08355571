import { describe, expect, it } from 'vitest';
import { SolverPool } from '../../src/workers-client/pool.ts';
import { batchRequest, fakeWorkers, flush, solved } from '../support/pool-factories.ts';

describe('SolverPool queue', () => {
  it('runs one batch per worker and queues the rest until a worker is free', async () => {
    const f = fakeWorkers();
    const pool = new SolverPool({ size: 2, spawn: f.spawn });
    const results = [pool.run(batchRequest(1)), pool.run(batchRequest(2)), pool.run(batchRequest(3))];
    await flush();
    expect(f.calls.map((c) => c.request.count)).toEqual([1, 2]);
    expect(f.spawned()).toBe(2);
    f.calls[0]!.settle(solved(1));
    await flush();
    expect(f.calls.map((c) => [c.worker, c.request.count])).toEqual([[0, 1], [1, 2], [0, 3]]);
    f.calls[1]!.settle(solved(2));
    f.calls[2]!.settle(solved(3));
    expect((await Promise.all(results)).map((r) => r.ok && r.value.count)).toEqual([1, 2, 3]);
    pool.dispose();
  });

  it('has at least one worker', () => {
    expect(new SolverPool({ size: 0, spawn: fakeWorkers().spawn }).size).toBe(1);
  });
});
