import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/workers-client/worker-pool.ts';
import { echo, fakeEchoWorkers, type EchoApi } from '../support/batch-factories.ts';

describe('WorkerPool dispose', () => {
  it('dispose aborts queued and running tasks and terminates every worker; later runs are aborted at once', async () => {
    const f = fakeEchoWorkers();
    const pool = new WorkerPool<EchoApi>({ size: 1, spawn: f.spawn });
    const running = pool.run(echo(1));
    const queued = pool.run(echo(2));
    pool.dispose();
    expect(await running).toEqual({ kind: 'aborted' });
    expect(await queued).toEqual({ kind: 'aborted' });
    expect(f.terminated).toEqual([0]);
    expect(await pool.run(echo(3))).toEqual({ kind: 'aborted' });
    expect(f.spawned()).toBe(1);
  });
});
