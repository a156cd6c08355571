import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeReports, planShards, replayShard } from '../../../src/replay/index.ts';
import type { OutcomeChunk } from '../../../src/storage/history-db-types.ts';
import { makeReplayJob } from '../../../src/ui/history/replay-job.ts';
import { runReplay, type ReplayWorkerHandle } from '../../../src/ui/history/replay-run.ts';
import { WorkerPool } from '../../../src/workers-client/worker-pool.ts';
import { historyMeta, memoryRunStore } from '../../support/history-db-factories.ts';
import { figuresOnly, handMadeHistory, replayAll } from '../../support/replay-factories.ts';

describe('a run on the pool with replay-core\'s functions', () => {
  it('two workers, each planning for itself, give the report of one whole replay; every order has its outcome', async () => {
    const { bundle, orders } = handMadeHistory();
    const raw = JSON.parse(readFileSync(join(process.cwd(), 'test', 'replay', 'hand-made-history.json'), 'utf8')) as { bundle: unknown };
    const chunks: OutcomeChunk[] = [];
    // Each "worker" is its own job with its own caches, as separate Workers are.
    const pool = new WorkerPool<ReplayWorkerHandle>({
      size: 2,
      spawn: () => {
        const job = makeReplayJob({
          planShards, replayShard, solver: async () => ({ name: 'reference' }), chunkSize: 2,
          store: { readOrders: async () => orders, putOutcomeChunk: async (c) => void chunks.push(c) },
        });
        return { api: { ...job, terminate: () => undefined }, terminate: () => undefined };
      },
    });
    const store = memoryRunStore();
    const end = await runReplay(
      { runId: 'r1', history: historyMeta('h1'), bundle: { name: 'Hand-made', revision: 'rev-1', input: raw.bundle } },
      { pool, store, merge: mergeReports, now: () => '2026-12-01T10:00:00Z', clock: () => 0 },
    );
    if (end.kind !== 'complete') throw new Error(JSON.stringify(end));
    const whole = await replayAll(bundle, orders);
    expect(figuresOnly(end.run.report!)).toEqual(figuresOnly(whole.report));
    expect(end.run.report!.sharding).toEqual({ kind: 'byCustomer', shards: 2 });
    const outcomes = chunks.flatMap((c) => JSON.parse(c.json) as { orderId: string }[]);
    expect(outcomes.map((o) => o.orderId).sort()).toEqual(orders.map((o) => o.id).sort());
    expect(end.run.outcomeChunks!.reduce((a, b) => a + b, 0)).toBe(chunks.length);
    pool.dispose();
  });
});
