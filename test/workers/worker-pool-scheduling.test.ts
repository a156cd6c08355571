import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/workers-client/worker-pool.ts';
import { echo, fakeEchoWorkers, type EchoApi } from '../support/batch-factories.ts';
import { flush } from '../support/pool-factories.ts';

describe('WorkerPool scheduling', () => {
  it('an urgent task jumps the queue', async () => {
    const f = fakeEchoWorkers();
    const pool = new WorkerPool<EchoApi>({ size: 1, spawn: f.spawn });
    void pool.run(echo(1));
    void pool.run(echo(2));
    void pool.run(echo(3), { urgent: true });
    f.calls[0]!.settle('1');
    await flush();
    expect(f.calls.map((c) => c.x)).toEqual([1, 3]);
    pool.dispose();
  });

  it('a free worker that is already running is preferred to spawning one in an empty slot', async () => {
    const f = fakeEchoWorkers();
    const pool = new WorkerPool<EchoApi>({ size: 2, spawn: f.spawn });
    const ctrl = new AbortController();
    void pool.run(echo(1), { signal: ctrl.signal }); // slot 0
    const b = pool.run(echo(2)); // slot 1
    f.calls[1]!.settle('2');
    await b;
    ctrl.abort(); // slot 0 is now empty, slot 1 free and live
    void pool.run(echo(3));
    expect(f.calls[2]!.worker).toBe(1);
    expect(f.spawned()).toBe(2);
    pool.dispose();
  });
});
