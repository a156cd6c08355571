import { describe, expect, it } from 'vitest';
import type { Order } from '../../../src/domain/index.ts';
import type { OutcomeChunk } from '../../../src/storage/history-db-types.ts';
import type { PlanShards, ReplayShard } from '../../../src/replay/types.ts';
import { makeReplayJob } from '../../../src/ui/history/replay-job.ts';
import { bundleInput } from '../../support/ui-factories.ts';
import { fakeReport } from '../../support/history-db-factories.ts';

const order = (id: string, customer: string): Order =>
  ({ id, at: '2026-01-01T10:00:00Z', channel: 'inStore', orderType: 'carryOut', properties: [], customFields: {}, shipping: '0', coupons: [], manual: [], answers: [], lines: [], customer: { id: customer, segments: [], roles: [], points: 0, memberships: [], customFields: {} } }) as Order;

/** Shards by customer id parity: enough to see which orders a shard index means. */
const planShards: PlanShards = (_bundle, orders, options) => {
  const n = options?.shards ?? 1;
  const shards = Array.from({ length: n }, (_, index) => ({ index, orders: orders.filter((o) => Number(o.customer!.id.slice(1)) % n === index) }));
  return { kind: 'byCustomer', shards, notes: [] };
};

const replayShard: ReplayShard = async (_bundle, orders, options) => {
  for (const [i, o] of orders.entries()) {
    options.onOrder?.({ orderId: o.id, at: o.at, channel: o.channel, gross: '1.00', saving: '0.00', net: '1.00', applied: [], limitHits: [], optimal: true });
    options.onProgress?.({ done: i + 1, total: orders.length, elapsedMs: 0 });
  }
  return { ok: true, value: { ...fakeReport(orders.length), sharding: options.sharding ?? { kind: 'single', shards: 1 } } };
};

function setUp() {
  const orders = [order('o1', 'c1'), order('o2', 'c2'), order('o3', 'c3'), order('o4', 'c1')];
  let reads = 0;
  const chunks: OutcomeChunk[] = [];
  const store = {
    readOrders: async () => {
      reads++;
      return orders;
    },
    putOutcomeChunk: async (c: OutcomeChunk) => void chunks.push(c),
  };
  const job = makeReplayJob({ planShards, replayShard, solver: async () => ({ name: 'reference' }), store, chunkSize: 2 });
  return { job, chunks, reads: () => reads };
}

const base = { historyId: 'h1', bundle: bundleInput(), bundleKey: 'rev-1', shards: 2 };

describe('the replay job in a worker', () => {
  it('plans once and answers the orders per shard', async () => {
    const { job, reads } = setUp();
    expect(await job.plan(base)).toEqual({ ok: true, value: { kind: 'byCustomer', orders: [1, 3], notes: [] } });
    await job.plan(base);
    expect(reads()).toBe(1);
  });

  it('runs one shard: its orders only, outcomes written in chunks under the run and shard, progress as orders done', async () => {
    const { job, chunks, reads } = setUp();
    const seen: number[] = [];
    const r = await job.runShard({ ...base, runId: 'r1', shard: 1 }, (d) => seen.push(d));
    expect(r).toMatchObject({ ok: true, value: { chunks: 2, report: { history: { orders: 3 }, sharding: { kind: 'byCustomer', shards: 2 } } } });
    expect(chunks.map((c) => [c.runId, c.shard, c.index, c.count])).toEqual([['r1', 1, 0, 2], ['r1', 1, 1, 1]]);
    expect(chunks.flatMap((c) => (JSON.parse(c.json) as { orderId: string }[]).map((o) => o.orderId))).toEqual(['o1', 'o3', 'o4']);
    expect(seen).toEqual([1, 2, 3]);
    expect(reads()).toBe(1);
  });

  it('a bundle that does not validate is refused with paths under $.bundle', async () => {
    const { job } = setUp();
    const r = await job.plan({ ...base, bundle: { ...bundleInput(), currency: 7 }, bundleKey: 'bad' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.some((p) => p.path === '$.bundle.currency')).toBe(true);
  });

  it('a refused outcome write fails the shard as data', async () => {
    const failing = makeReplayJob({
      planShards, replayShard, solver: async () => ({ name: 'reference' }), chunkSize: 1,
      store: { readOrders: async () => [order('o1', 'c1')], putOutcomeChunk: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) },
    });
    expect(await failing.runShard({ ...base, runId: 'r1', shard: 0, shards: 1 })).toMatchObject({ ok: false, problems: [{ code: 'storage-quota-exceeded' }] });
  });
});
