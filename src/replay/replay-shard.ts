import { problem, type Bundle, type Order } from '../domain/index.ts';
import { isReplayOrdered, sortForReplay } from './order-key.ts';
import { ReplaySession } from './replay-session.ts';
import type { ReplayOptions, ReplayShardResult } from './types.ts';

/** How long the loop runs before it lets the event loop in (an abort message, a progress paint). */
const SLICE_MS = 50;
const PROGRESS_MS = 100;

/**
 * Replays one shard (or a whole history) and returns its partial report; merge shard reports
 * with `mergeReports`. Sorts the orders into replay order when they are not. The level solver is
 * injected, so the same function runs in browser workers, worker_threads and queue workers.
 * Never throws: a cancelled run is `replay-cancelled`, a broken input a problem.
 * @example const r = await replayShard(bundle, orders, { solver: { name: 'reference' } }); r.ok && r.value.totals.saving
 */
export async function replayShard(bundle: Bundle, orders: readonly Order[], options: ReplayOptions): Promise<ReplayShardResult> {
  try {
    const sorted = isReplayOrdered(orders) ? orders : sortForReplay(orders);
    const session = new ReplaySession(bundle, {
      solver: options.solver,
      ...(options.topN === undefined ? {} : { topN: options.topN }),
      ...(options.notes === undefined ? {} : { notes: options.notes }),
      ...(options.sharding === undefined ? {} : { sharding: options.sharding }),
    });
    const started = now();
    let sliceStart = started;
    let lastProgress = started;
    const total = sorted.length;
    for (let i = 0; i < total; i++) {
      if (options.signal?.aborted === true) return cancelled(i, total);
      const outcome = session.run(sorted[i]!);
      options.onOrder?.(outcome);
      const t = now();
      if (options.onProgress !== undefined && t - lastProgress >= PROGRESS_MS) {
        lastProgress = t;
        options.onProgress({ done: i + 1, total, elapsedMs: t - started });
      }
      if (options.signal !== undefined && t - sliceStart >= SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = now();
      }
    }
    options.onProgress?.({ done: total, total, elapsedMs: now() - started });
    return { ok: true, value: session.report() };
  } catch (e) {
    return { ok: false, problems: [problem('replay-failed', `the replay failed: ${e instanceof Error ? e.message : String(e)}`)] };
  }
}

function cancelled(done: number, total: number): ReplayShardResult {
  return { ok: false, problems: [problem('replay-cancelled', `the replay was cancelled after ${done} of ${total} orders`, undefined, 'info')] };
}

const now = (): number => performance.now();

/** A macrotask turn, so messages (an abort) are delivered; setTimeout(0) works in every host. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
