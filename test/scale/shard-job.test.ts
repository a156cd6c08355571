/** The worker side of a shard job, without Redis: what it reads is untrusted and validated. */
import { describe, expect, it } from 'vitest';
import { readRunBundle, runShardJob } from '../../src/scale/shard-job.ts';
import type { ShardJobData } from '../../src/scale/queue-contract.ts';
import { figuresOnly, handMadeHistory, replayAll } from '../support/replay-factories.ts';

const job = (orders: readonly unknown[]): ShardJobData => ({ runId: 'r1', shardIndex: 0, shardCount: 1, orders, notes: [], sharding: { kind: 'single', shards: 1 } });

describe('readRunBundle', () => {
  it.each([
    [null, 'run-bundle-missing'] as const,
    ['{"name": ', 'json-syntax'],
    ['{"__proto__": {}}', 'json-forbidden-key'],
  ])('refuses %j with a problem, never a throw', (text, code) => {
    const r = readRunBundle(text, 'r1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toContain(code);
  });

  it('accepts the bundle the producer stored (its JSON)', () => {
    const { bundle } = handMadeHistory();
    const r = readRunBundle(JSON.stringify(bundle), 'r1');
    expect(r.ok && r.value.promotions.map((p) => p.id)).toEqual(bundle.promotions.map((p) => p.id));
  });
});

describe('runShardJob', () => {
  it('replays the job orders exactly as a local replay does', async () => {
    const { bundle, orders } = handMadeHistory();
    const r = await runShardJob(job(JSON.parse(JSON.stringify(orders))), bundle, { name: 'reference' });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.orders).toBe(orders.length);
    expect(figuresOnly(r.value.report)).toEqual(figuresOnly((await replayAll(bundle, orders)).report));
  });

  it('refuses a job whose orders are not an array', async () => {
    const { bundle } = handMadeHistory();
    const r = await runShardJob({ ...job([]), orders: 'x' as unknown as unknown[] }, bundle, { name: 'reference' });
    expect(!r.ok && r.problems[0]).toMatchObject({ code: 'bad-shard-job', path: '$.orders' });
  });
});
