import { describe, expect, it } from 'vitest';
import { problem } from '../../../src/domain/problem.ts';
import { runReplay, type ReplayWorkerHandle, type RunDeps } from '../../../src/ui/history/replay-run.ts';
import { WorkerPool } from '../../../src/workers-client/worker-pool.ts';
import { fakeMerge, fakeReport, fakeReplayWorkers, historyMeta, memoryRunStore, type FakeReplayWorkers } from '../../support/history-db-factories.ts';

const request = { runId: 'r1', history: historyMeta('h1'), bundle: { name: 'Fixture workspace', revision: 'rev-1', input: {} } };
const twoShards = { ok: true, value: { kind: 'byCustomer', orders: [40, 60], notes: [] } } as const;

function setUp(workers: FakeReplayWorkers, size = 2) {
  const pool = new WorkerPool<ReplayWorkerHandle>({ size, spawn: () => {
    const api = workers.spawn();
    return { api, terminate: () => api.terminate() };
  } });
  const store = memoryRunStore();
  const progress: [number, number][] = [];
  let t = 0;
  const deps = (extra: Partial<RunDeps> = {}): RunDeps => ({
    pool, store, merge: fakeMerge, now: () => '2026-12-01T10:00:00Z', clock: () => (t += 500),
    onProgress: (d, total) => progress.push([d, total]), ...extra,
  });
  return { pool, store, progress, deps };
}

describe('a replay run', () => {
  it('stages the run, runs each shard on its own worker, sums progress, merges the reports and swaps to complete', async () => {
    const workers = fakeReplayWorkers(twoShards);
    const { store, progress, deps } = setUp(workers);
    const end = await runReplay(request, deps());
    if (end.kind !== 'complete') throw new Error(JSON.stringify(end));
    expect(store.log).toEqual(['run r1 staging', 'run r1 complete']);
    expect(new Set(workers.shardCalls.map((c) => c.worker)).size).toBe(2);
    expect(end.run).toMatchObject({ status: 'complete', historyId: 'h1', workers: 2, outcomeChunks: [1, 1], solver: 'wasm', report: { history: { orders: 100 } } });
    expect(progress[0]).toEqual([0, 100]);
    expect(progress.at(-1)).toEqual([100, 100]);
    // Never more than the orders, never backwards within a shard.
    expect(progress.every(([d, total]) => d <= total)).toBe(true);
  });

  it('a one-shard plan (promotion-wide limits) runs one shard on one worker', async () => {
    const workers = fakeReplayWorkers({ ok: true, value: { kind: 'single', orders: [100], notes: [] } });
    const { deps } = setUp(workers);
    const end = await runReplay(request, deps());
    expect(end).toMatchObject({ kind: 'complete', run: { workers: 1, outcomeChunks: [1] } });
    expect(workers.shardCalls).toHaveLength(1);
  });

  it('Cancel terminates the busy workers and removes the staged run', async () => {
    const workers = fakeReplayWorkers(twoShards, { hold: true });
    const ctrl = new AbortController();
    const { store, progress, deps } = setUp(workers);
    const running = runReplay(request, deps({ signal: ctrl.signal, onProgress: (d, total) => {
      progress.push([d, total]);
      if (d > 0) ctrl.abort();
    } }));
    const end = await running;
    expect(end).toEqual({ kind: 'cancelled' });
    expect(workers.terminated.length).toBeGreaterThanOrEqual(1);
    expect(store.log).toEqual(['run r1 staging', 'delete r1']);
    expect(store.runs.size).toBe(0);
    workers.release();
  });

  it('a failing shard fails the run with its problems, stops the other shards and keeps nothing', async () => {
    let releaseFirst: () => void = () => undefined;
    const firstHeld = new Promise<void>((done) => (releaseFirst = done));
    const workers = fakeReplayWorkers(twoShards, {
      answer: async (shard) => {
        if (shard === 1) return { ok: false, problems: [problem('replay-failed', 'shard 2 broke')] };
        await firstHeld; // still running when shard 2 fails
        return { ok: true, value: { report: fakeReport(40), chunks: 1 } };
      },
    });
    const { store, deps } = setUp(workers);
    const end = await runReplay(request, deps());
    expect(end).toEqual({ kind: 'failed', problems: [expect.objectContaining({ code: 'replay-failed', message: 'shard 2 broke' })] });
    expect(workers.terminated).toContain(workers.shardCalls.find((c) => c.shard === 0)!.worker);
    expect(store.runs.size).toBe(0);
    releaseFirst();
  });

  it('a worker that dies is a problem, not a hung run', async () => {
    const workers = fakeReplayWorkers(twoShards, { answer: () => Promise.reject(new Error('out of memory')) });
    const { store, deps } = setUp(workers);
    const end = await runReplay(request, deps());
    if (end.kind !== 'failed') throw new Error(end.kind);
    expect(end.problems[0]).toMatchObject({ code: 'replay-worker-failed' });
    expect(end.problems[0]!.message).toContain('out of memory');
    expect(store.runs.size).toBe(0);
  });

  it('a plan refused (the bundle does not validate) is reported with its problems', async () => {
    const workers = fakeReplayWorkers({ ok: false, problems: [problem('schema-invalid-type', 'bad', '$.bundle.currency')] });
    const { store, deps } = setUp(workers);
    const end = await runReplay(request, deps());
    expect(end).toMatchObject({ kind: 'failed', problems: [{ path: '$.bundle.currency' }] });
    expect(workers.shardCalls).toHaveLength(0);
    expect(store.runs.size).toBe(0);
  });
});
