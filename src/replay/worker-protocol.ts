/**
 * Messages of a replay worker that receives a shard in chunks (worker_threads in the CLI; the
 * same shape suits any worker). Chunks keep memory bounded: the host sends the next chunk only
 * after an `ack`, so neither side holds a whole shard twice.
 */
import type { Bundle, Order, Problem } from '../domain/index.ts';
import type { OrderOutcome, ReplayNote, ReplayReport, ReplaySolverName, ShardPlan } from './types.ts';

export type ReplayWorkerRequest =
  | {
      readonly kind: 'start';
      readonly bundle: Bundle;
      readonly solver: ReplaySolverName;
      readonly topN: number;
      readonly notes: readonly ReplayNote[];
      readonly sharding: { readonly kind: ShardPlan['kind']; readonly shards: number };
      /** Send each chunk's per-order outcomes back with its `ack` (`promo simulate --outcomes`). */
      readonly outcomes?: boolean;
    }
  /** The next orders of the shard, in replay order. */
  | { readonly kind: 'orders'; readonly orders: readonly Order[] }
  | { readonly kind: 'finish' };

export type ReplayWorkerResponse =
  /** `solver` is what runs (the reference when WASM could not load; `note` says why). */
  | { readonly kind: 'ready'; readonly solver: ReplaySolverName; readonly note?: string }
  /** A chunk is done; `done` counts the shard's orders so far; `outcomes` its orders' outcomes, when asked for. */
  | { readonly kind: 'ack'; readonly done: number; readonly outcomes?: readonly OrderOutcome[] }
  | { readonly kind: 'report'; readonly report: ReplayReport }
  | { readonly kind: 'failed'; readonly problems: readonly Problem[] };
