import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SolverPool } from '../../src/workers-client/pool.ts';
import { PoolSolverClient } from '../../src/workers-client/batch-client.ts';
import { arbitraryWasmLevel } from '../support/wasm-factories.ts';
import { fakeWorkers, flush } from '../support/pool-factories.ts';

const failure = { ok: false as const, problems: [{ code: 'wasm-solve-failed', severity: 'error' as const, message: 'trap' }] };

describe('PoolSolverClient hands chunks to the pool as workers free up', () => {
  it('with 2 workers, at most 3 chunks are encoded before an answer; a failed chunk stops the rest', async () => {
    const fake = fakeWorkers();
    const pool = new SolverPool({ size: 2, spawn: fake.spawn });
    const inputs = fc.sample(arbitraryWasmLevel(4, 2), { numRuns: 10, seed: 3 });
    const pending = new PoolSolverClient(pool).solveLevels(inputs, { chunk: 1 });
    await flush();
    // Two chunks run, a third waits at the pool; the other seven are not encoded yet.
    expect(fake.calls.length).toBe(2);
    fake.calls[0]!.settle(failure);
    await flush();
    fake.calls[1]!.settle(failure);
    await flush();
    for (const c of fake.calls.slice(2)) c.settle(failure);
    const r = await pending;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.code).toBe('wasm-solve-failed');
    expect(fake.calls.length).toBe(3);
    pool.dispose();
  });
});
