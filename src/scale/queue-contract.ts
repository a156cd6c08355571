/**
 * What travels through the distributed queue (BullMQ on Redis) when a history is replayed on many
 * machines: one job per shard of customers. The bundle is stored once per run under its own key
 * (jobs would otherwise each carry a copy); a job carries only its shard's orders. Every field is
 * plain JSON, because Redis stores job data as text and a worker on another machine — possibly
 * another version — reads it: workers validate everything they read (`shard-job.ts`).
 */
import type { ReplayReport } from '../replay/types.ts';

/** The queue's default name; `--queue` chooses another (one queue per environment, say). */
export const DEFAULT_QUEUE = 'promo-replay';

/** Bundles of a run stay in Redis this long at most, even when the producer dies mid-run. */
export const RUN_KEY_TTL_SECONDS = 24 * 3600;

/** The Redis key holding a run's bundle (its canonical JSON). */
export const bundleKey = (queue: string, runId: string): string => `promo-workbench:${queue}:run:${runId}:bundle`;

export interface ShardJobData {
  /** Random per run; names the bundle key and prefixes the job ids. */
  readonly runId: string;
  readonly shardIndex: number;
  readonly shardCount: number;
  /** The shard's orders in replay order, in the domain's Order form (JSON). */
  readonly orders: readonly unknown[];
  /** Shard plan notes, carried into every partial report so the merged report has them once. */
  readonly notes: readonly unknown[];
  readonly sharding: ReplayReport['sharding'];
  readonly topN?: number;
}

export interface ShardJobResult {
  readonly report: ReplayReport;
  /** Which worker ran the shard (`host:pid`), so a run can say where its work went. */
  readonly worker: string;
  readonly orders: number;
  readonly elapsedMs: number;
}
