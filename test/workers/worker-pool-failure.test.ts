import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/workers-client/worker-pool.ts';
import { echo, fakeEchoWorkers, type EchoApi } from '../support/batch-factories.ts';

describe('WorkerPool when a call rejects', () => {
  it('a rejected call terminates its worker, resolves failed, and the next task gets a fresh worker', async () => {
    const f = fakeEchoWorkers();
    const pool = new WorkerPool<EchoApi>({ size: 1, spawn: f.spawn });
    const a = pool.run(echo(1));
    f.calls[0]!.fail(new Error('worker crashed'));
    expect(await a).toEqual({ kind: 'failed', message: 'worker crashed' });
    expect(f.terminated).toEqual([0]);
    void pool.run(echo(2));
    expect(f.calls[1]!.worker).toBe(1);
    pool.dispose();
  });
});
