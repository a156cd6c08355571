/**
 * `promo worker`: a BullMQ worker that takes shard jobs from the queue and replays them. Any number
 * of these run on any number of machines against the same Redis; BullMQ gives each job to one
 * worker, re-queues a job whose worker died (stalled-job check) and keeps results until the
 * producer has read them.
 */
import { Redis } from 'ioredis';
import { Worker, type Job } from 'bullmq';
import type { Bundle, Result } from '../domain/index.ts';
import type { ReplaySolver } from '../replay/types.ts';
import { bundleKey, type ShardJobData, type ShardJobResult } from './queue-contract.ts';
import type { RedisConnection } from './redis-connection.ts';
import { readRunBundle, runShardJob } from './shard-job.ts';

export interface ShardWorkerOptions {
  readonly connection: RedisConnection;
  readonly queue: string;
  /** Jobs at once in this process (the WASM solver is synchronous: 1 per core is the useful most). */
  readonly concurrency: number;
  readonly solver: ReplaySolver;
  readonly log?: (line: string) => void;
}

export interface ShardWorker {
  /** Finishes the jobs in hand, then disconnects. */
  close(): Promise<void>;
}

/** A failed job carries every problem in its message, so the producer can print them. */
const problemsText = (r: Extract<Result<unknown>, { ok: false }>): string =>
  r.problems.map((p) => `${p.code}${p.path === undefined ? '' : ` at ${p.path}`}: ${p.message}`).join('; ');

export async function startShardWorker(options: ShardWorkerOptions): Promise<ShardWorker> {
  const redis = new Redis(options.connection.url, { maxRetriesPerRequest: null, lazyConnect: false });
  // One parsed bundle per run: a run's shards usually land on the same workers many times.
  const bundles = new Map<string, Result<Bundle>>();
  const bundleOf = async (runId: string): Promise<Result<Bundle>> => {
    const cached = bundles.get(runId);
    if (cached !== undefined) return cached;
    const parsed = readRunBundle(await redis.get(bundleKey(options.queue, runId)), runId);
    if (bundles.size > 8) bundles.clear();
    bundles.set(runId, parsed);
    return parsed;
  };
  const worker = new Worker<ShardJobData, ShardJobResult>(
    options.queue,
    async (job: Job<ShardJobData, ShardJobResult>) => {
      const bundle = await bundleOf(job.data.runId);
      if (!bundle.ok) throw new Error(problemsText(bundle));
      const result = await runShardJob(job.data, bundle.value, options.solver);
      if (!result.ok) throw new Error(problemsText(result));
      options.log?.(`shard ${job.data.shardIndex + 1}/${job.data.shardCount} of run ${job.data.runId}: ${result.value.orders} orders in ${result.value.elapsedMs} ms`);
      return result.value;
    },
    { connection: options.connection, concurrency: Math.max(1, options.concurrency) },
  );
  worker.on('error', (e) => options.log?.(`worker error: ${e.message}`));
  await worker.waitUntilReady();
  return {
    async close() {
      await worker.close();
      redis.disconnect();
    },
  };
}
