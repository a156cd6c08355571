/**
 * Runs replay shards on worker_threads (workers/node-replay.worker.ts, built or through its bootstrap, the
 * same WASM module in every thread) and merges their reports. Each shard goes to its own thread
 * in chunks, with at most two chunks in flight, and the chunks sent are dropped from the queue:
 * memory holds the history once, not once per copy.
 */
import { Worker } from 'node:worker_threads';
import { nodeWorkerUrl } from './worker-url.ts';
import { problem, type Bundle, type Order, type Problem, type Result } from '../domain/index.ts';
import { mergeReports, type OrderOutcome, type ReplayNote, type ReplayReport, type ReplaySolverName, type ShardPlan } from '../replay/index.ts';
import type { ReplayWorkerRequest, ReplayWorkerResponse } from '../replay/worker-protocol.ts';

/** The compiled worker when running built, its tsx bootstrap from the sources (`worker-url.ts`). */
const WORKER_URL = nodeWorkerUrl('node-replay');

export interface ThreadRunOptions {
  readonly solver: ReplaySolverName;
  readonly topN: number;
  readonly notes: readonly ReplayNote[];
  readonly sharding: { readonly kind: ShardPlan['kind']; readonly shards: number };
  /** Orders per message. Default 2,000. */
  readonly chunkSize?: number;
  /** Orders done over all shards, called after every chunk. */
  readonly onProgress?: (done: number) => void;
  /** A worker's note (e.g. the WASM module could not load). */
  readonly onNote?: (note: string) => void;
  /** Each chunk's per-order outcomes, in replay order within its shard (shards interleave). */
  readonly onOutcomes?: (outcomes: readonly OrderOutcome[]) => void;
}

/**
 * Replays `shards` (each in replay order; the arrays are emptied as they are sent) one thread
 * each, and merges the shard reports in shard order.
 * @example await replayOnThreads(bundle, plan.shards.map((s) => [...s.orders]), { solver: 'wasm', topN: 20, notes: plan.notes, sharding })
 */
export async function replayOnThreads(bundle: Bundle, shards: Order[][], options: ThreadRunOptions): Promise<Result<ReplayReport>> {
  const doneBy = shards.map(() => 0);
  const progress = (i: number, done: number): void => {
    doneBy[i] = done;
    options.onProgress?.(doneBy.reduce((a, b) => a + b, 0));
  };
  const results = await Promise.all(shards.map((queue, i) => runOne(bundle, queue, options, (done) => progress(i, done))));
  const problems = results.flatMap((r) => (r.ok ? [] : r.problems));
  if (problems.length > 0) return { ok: false, problems };
  let merged: ReplayReport | undefined;
  for (const r of results) {
    if (!r.ok) continue;
    if (merged === undefined) {
      merged = r.value;
      continue;
    }
    const m = mergeReports(merged, r.value);
    if (!m.ok) return { ok: false, problems: m.problems };
    merged = m.value;
  }
  return merged === undefined ? { ok: false, problems: [problem('replay-failed', 'no shard produced a report')] } : { ok: true, value: merged };
}

function runOne(bundle: Bundle, queue: Order[], options: ThreadRunOptions, onDone: (done: number) => void): Promise<Result<ReplayReport>> {
  const chunkSize = Math.max(1, options.chunkSize ?? 2_000);
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_URL);
    let settled = false;
    let inFlight = 0;
    let finishing = false;
    const settle = (r: Result<ReplayReport>): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(r);
    };
    const fail = (problems: readonly Problem[]): void => settle({ ok: false, problems });
    const post = (m: ReplayWorkerRequest): void => worker.postMessage(m);
    const pump = (): void => {
      while (inFlight < 2 && queue.length > 0) {
        post({ kind: 'orders', orders: queue.splice(0, chunkSize) });
        inFlight++;
      }
      if (inFlight === 0 && queue.length === 0 && !finishing) {
        finishing = true;
        post({ kind: 'finish' });
      }
    };
    worker.on('message', (m: ReplayWorkerResponse) => {
      switch (m.kind) {
        case 'ready':
          if (m.note !== undefined) options.onNote?.(m.note);
          pump();
          break;
        case 'ack':
          inFlight--;
          if (m.outcomes !== undefined) options.onOutcomes?.(m.outcomes);
          onDone(m.done);
          pump();
          break;
        case 'report':
          settle({ ok: true, value: m.report });
          break;
        case 'failed':
          fail(m.problems);
          break;
      }
    });
    worker.on('error', (e) => fail([problem('replay-failed', `a replay thread failed: ${e.message}`)]));
    worker.on('exit', (code) => fail([problem('replay-failed', `a replay thread stopped (exit code ${code}) before its report`)]));
    post({
      kind: 'start', bundle, solver: options.solver, topN: options.topN, notes: options.notes, sharding: options.sharding,
      ...(options.onOutcomes === undefined ? {} : { outcomes: true }),
    });
  });
}
