/**
 * `promo simulate --redis URL`: replays a history on the workers of a BullMQ queue. The producer
 * shards the history by customer (`planShards`), stores the bundle once, queues one job per shard,
 * waits for every result and merges the partial reports (`mergeReports`, exact), so the answer is
 * the report one process would have written.
 *
 * Promotion-wide limits (a `maxUsesTotal`, a coupon `maxUses`) depend on the order of ALL
 * customers' orders in time. Shards run on different machines in no common order, so by default
 * such a bundle runs as ONE shard (exact, on one worker); with `approximate` it is sharded anyway
 * and the report carries the `approximated-promotion-wide-limits` note naming the promotions.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { Queue, QueueEvents } from 'bullmq';
import type { Bundle, Problem, Result } from '../domain/index.ts';
import { mergeReports } from '../replay/report-merge.ts';
import { replayShard } from '../replay/replay-shard.ts';
import type { ReplayReport, ShardPlan } from '../replay/types.ts';
import { RUN_KEY_TTL_SECONDS, bundleKey, type ShardJobData, type ShardJobResult } from './queue-contract.ts';
import type { RedisConnection } from './redis-connection.ts';

export interface DistributedRunOptions {
  readonly connection: RedisConnection;
  readonly queue: string;
  readonly bundle: Bundle;
  /** From `planShards` (more shards than workers keeps every worker busy to the end). */
  readonly plan: ShardPlan;
  /** How many biggest discounts each partial report keeps. */
  readonly topN?: number;
  readonly onProgress?: (progress: { readonly shardsDone: number; readonly shards: number; readonly ordersDone: number; readonly orders: number }) => void;
  /** Stop waiting; queued jobs of the run are removed. */
  readonly signal?: AbortSignal;
}

export interface ShardSummary {
  readonly index: number;
  readonly worker: string;
  readonly orders: number;
  readonly elapsedMs: number;
}

export interface DistributedRun {
  readonly report: ReplayReport;
  readonly plan: Pick<ShardPlan, 'kind' | 'notes'>;
  readonly shards: readonly ShardSummary[];
}

const topN = (o: DistributedRunOptions): { topN?: number } => (o.topN === undefined ? {} : { topN: o.topN });

const failure = (code: string, message: string): Result<never> => ({ ok: false, problems: [{ code, severity: 'error', message } satisfies Problem] });

/**
 * @example const r = await runDistributed({ connection, queue: 'promo-replay', bundle, plan: planShards(bundle, orders, { shards: 8 }) });
 */
export async function runDistributed(options: DistributedRunOptions): Promise<Result<DistributedRun>> {
  const plan = options.plan;
  const sharding = { kind: plan.kind, shards: plan.shards.length };
  if (plan.shards.length === 0) {
    // Nothing to send: an empty history still gets its (empty) report, made here.
    const empty = await replayShard(options.bundle, [], { solver: { name: 'reference' }, notes: plan.notes, sharding, ...topN(options) });
    return empty.ok ? { ok: true, value: { report: empty.value, plan, shards: [] } } : empty;
  }
  const runId = randomUUID();
  const redis = new Redis(options.connection.url, { maxRetriesPerRequest: null });
  const queue = new Queue<ShardJobData, ShardJobResult>(options.queue, { connection: options.connection });
  const events = new QueueEvents(options.queue, { connection: options.connection });
  const key = bundleKey(options.queue, runId);
  try {
    await redis.set(key, JSON.stringify(options.bundle), 'EX', RUN_KEY_TTL_SECONDS);
    await events.waitUntilReady();
    const jobs = await queue.addBulk(
      plan.shards.map((shard) => ({
        name: 'shard',
        data: { runId, shardIndex: shard.index, shardCount: plan.shards.length, orders: shard.orders, notes: plan.notes, sharding, ...topN(options) },
        // A job id per shard: a producer retrying the add cannot queue a shard twice.
        opts: { jobId: `${runId}-${shard.index}`, attempts: 2, removeOnComplete: { age: 3600 }, removeOnFail: { age: 24 * 3600 } },
      })),
    );
    const total = plan.shards.reduce((n, sh) => n + sh.orders.length, 0);
    let shardsDone = 0;
    let ordersDone = 0;
    const aborted = new Promise<'aborted'>((resolve) => {
      if (options.signal?.aborted === true) resolve('aborted');
      options.signal?.addEventListener('abort', () => resolve('aborted'), { once: true });
    });
    const results = jobs.map(async (job, i) => {
      try {
        const value = (await job.waitUntilFinished(events)) as ShardJobResult;
        shardsDone += 1;
        ordersDone += plan.shards[i]!.orders.length;
        options.onProgress?.({ shardsDone, shards: jobs.length, ordersDone, orders: total });
        return { ok: true as const, value };
      } catch (e) {
        return { ok: false as const, message: `shard ${i + 1}/${jobs.length} failed: ${e instanceof Error ? e.message : String(e)}` };
      }
    });
    const settled = await Promise.race([Promise.all(results), aborted]);
    if (settled === 'aborted') {
      await Promise.all(jobs.map((j) => j.remove().catch(() => undefined)));
      return failure('replay-cancelled', 'The distributed replay was cancelled; its queued shards were removed.');
    }
    const failed = settled.filter((r) => !r.ok);
    if (failed.length > 0) return { ok: false, problems: failed.map((f) => ({ code: 'shard-failed', severity: 'error', message: f.message })) };
    const done = settled.map((r) => (r as { value: ShardJobResult }).value);
    let report = done[0]!.report;
    for (const next of done.slice(1)) {
      const merged = mergeReports(report, next.report);
      if (!merged.ok) return merged;
      report = merged.value;
    }
    return {
      ok: true,
      value: {
        report,
        plan: { kind: plan.kind, notes: plan.notes },
        shards: done.map((d, index) => ({ index, worker: d.worker, orders: d.orders, elapsedMs: d.elapsedMs })),
      },
    };
  } catch (e) {
    return failure('redis-failed', `Redis at ${options.connection.url}: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await redis.del(key).catch(() => undefined);
    redis.disconnect();
    await events.close().catch(() => undefined);
    await queue.close().catch(() => undefined);
  }
}
