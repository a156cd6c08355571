import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/workers-client/worker-pool.ts';
import { echo, fakeEchoWorkers, type EchoApi } from '../support/batch-factories.ts';

describe('WorkerPool progress', () => {
  it('progress from a terminated worker is dropped; progress from the live one arrives', async () => {
    const f = fakeEchoWorkers();
    const pool = new WorkerPool<EchoApi>({ size: 1, spawn: f.spawn });
    const seen: string[] = [];
    const ctrl = new AbortController();
    void pool.run(echo(1), { signal: ctrl.signal, onProgress: (n: number) => seen.push(`old ${n}`) });
    const old = f.calls[0]!;
    old.progress!(1);
    ctrl.abort();
    old.progress!(2); // the terminated worker still reports
    void pool.run(echo(2), { onProgress: (n: number) => seen.push(`new ${n}`) });
    f.calls[1]!.progress!(1);
    expect(seen).toEqual(['old 1', 'new 1']);
    pool.dispose();
  });
});
