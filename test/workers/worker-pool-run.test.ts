import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/workers-client/worker-pool.ts';
import { echo, fakeEchoWorkers, type EchoApi } from '../support/batch-factories.ts';

describe('WorkerPool runs any call on a worker (generic over the API and the call)', () => {
  it('runs any call on a worker and returns its value as a done outcome', async () => {
    const f = fakeEchoWorkers();
    const pool = new WorkerPool<EchoApi>({ size: 2, spawn: f.spawn });
    const a = pool.run(echo(1));
    f.calls[0]!.settle('one');
    expect(await a).toEqual({ kind: 'done', value: 'one' });
    pool.dispose();
  });
});
