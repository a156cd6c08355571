/**
 * A replay run as the page drives it: stage the run in the history database, ask a worker for the
 * shard plan, run every shard on the worker pool (independent customers in parallel, one worker per
 * core), sum the shards' progress, merge their partial reports with replay-core's `mergeReports`,
 * and swap the run to `complete` with the merged report. Cancelling (the signal) makes the pool
 * terminate the busy workers; a cancelled or failed run is removed with its staged outcomes, so
 * nothing half-written is ever listed.
 *
 * Everything heavy happens in the workers (they read the orders and write the outcomes
 * themselves); the page only sees a plan, progress counts and small reports.
 */
import { problem, type Problem, type Result } from '../../domain/problem.ts';
import type { MergeReports, ReplayReport } from '../../replay/types.ts';
import type { HistoryMeta, RunBundle, RunMeta } from '../../storage/history-db-types.ts';
import type { HistoryDb } from '../../storage/history-db.ts';
import type { WorkerPool } from '../../workers-client/worker-pool.ts';
import type { LedgerBefore } from '../../replay/ledger-before.ts';
import type { LedgerRequest, PlanSummary, ShardDone, ShardRequest, PlanRequest } from './replay-job.ts';

/** What a replay worker offers; `spawn-replay-worker.ts` adapts a real Worker, tests a fake. */
export interface ReplayWorkerHandle {
  plan(request: PlanRequest): Promise<Result<PlanSummary>>;
  runShard(request: ShardRequest, onProgress?: (done: number) => void): Promise<Result<ShardDone>>;
  ledgerBefore(request: LedgerRequest): Promise<Result<LedgerBefore>>;
  terminate(): void;
}

export interface RunRequest {
  readonly runId: string;
  readonly history: HistoryMeta;
  readonly bundle: RunBundle;
}

export interface RunDeps {
  readonly pool: WorkerPool<ReplayWorkerHandle>;
  readonly store: Pick<HistoryDb, 'putRun' | 'deleteRun'>;
  readonly merge: MergeReports;
  /** ISO instant now. */
  readonly now: () => string;
  /** Monotonic milliseconds (elapsed time of the run). */
  readonly clock: () => number;
  readonly signal?: AbortSignal;
  /** The plan: how many orders in all, in how many shards. */
  readonly onPlan?: (plan: PlanSummary) => void;
  /** Orders done over all shards. */
  readonly onProgress?: (done: number, total: number) => void;
}

export type RunEnd =
  | { readonly kind: 'complete'; readonly run: RunMeta }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly problems: readonly Problem[] };

const cancelled = { kind: 'cancelled' } as const;

/**
 * @example const end = await runReplay({ runId, history, bundle }, { pool, store, merge: mergeReports, now, clock, signal, onProgress });
 *          if (end.kind === 'complete') show(end.run.report)
 */
export async function runReplay(request: RunRequest, deps: RunDeps): Promise<RunEnd> {
  const startedAt = deps.now();
  const began = deps.clock();
  const staged: RunMeta = { id: request.runId, historyId: request.history.id, startedAt, status: 'staging', bundle: request.bundle };
  const base = { historyId: request.history.id, bundle: request.bundle.input, bundleKey: request.bundle.revision, shards: deps.pool.size };
  // Our own controller: the user's Cancel aborts it, and so does the first failing shard (the
  // other shards' work would be thrown away anyway).
  const inner = new AbortController();
  const cancelledByUser = () => deps.signal?.aborted === true;
  if (deps.signal !== undefined) {
    if (deps.signal.aborted) inner.abort();
    else deps.signal.addEventListener('abort', () => inner.abort(), { once: true });
  }
  const opts = { signal: inner.signal };

  const end = async (e: RunEnd): Promise<RunEnd> => {
    if (e.kind !== 'complete') await deps.store.deleteRun(request.runId).catch(() => undefined);
    return e;
  };

  try {
    await deps.store.putRun(staged);
    if (cancelledByUser()) return end(cancelled);

    const planned = await deps.pool.run((api) => api.plan(base), opts);
    if (planned.kind === 'aborted') return end(cancelled);
    if (planned.kind === 'failed') return end({ kind: 'failed', problems: [workerFailed(planned.message)] });
    if (!planned.value.ok) return end({ kind: 'failed', problems: planned.value.problems });
    const plan = planned.value.value;
    deps.onPlan?.(plan);
    const total = plan.orders.reduce((a, b) => a + b, 0);
    const done = plan.orders.map(() => 0);
    deps.onProgress?.(0, total);

    const shards = await Promise.all(
      plan.orders.map((_, shard) =>
        deps.pool
          .run<Result<ShardDone>, [number]>(
          (api, progress) => api.runShard({ ...base, runId: request.runId, shard }, progress),
          {
            ...opts,
            onProgress: (d: number) => {
              done[shard] = d;
              deps.onProgress?.(done.reduce((a, b) => a + b, 0), total);
            },
          },
          )
          .then((outcome) => {
            if (outcome.kind === 'failed' || (outcome.kind === 'done' && !outcome.value.ok)) inner.abort();
            return outcome;
          }),
      ),
    );
    if (cancelledByUser()) return end(cancelled);
    const reports: ReplayReport[] = [];
    const chunks: number[] = [];
    const problems: Problem[] = [];
    for (const s of shards) {
      if (s.kind === 'aborted') continue; // stopped because another shard failed
      if (s.kind === 'failed') problems.push(workerFailed(s.message));
      else if (s.kind === 'done' && !s.value.ok) problems.push(...s.value.problems);
      else if (s.kind === 'done' && s.value.ok) {
        reports.push(s.value.value.report);
        chunks.push(s.value.value.chunks);
      }
    }
    if (problems.length > 0) return end({ kind: 'failed', problems });
    if (reports.length < plan.orders.length) return end(cancelled);
    const merged = mergeAll(reports, deps.merge);
    if (!merged.ok) return end({ kind: 'failed', problems: merged.problems });
    deps.onProgress?.(total, total);

    const run: RunMeta = {
      ...staged,
      status: 'complete',
      finishedAt: deps.now(),
      report: merged.value,
      solver: merged.value.solver,
      workers: Math.min(deps.pool.size, plan.orders.length),
      elapsedMs: Math.round(deps.clock() - began),
      outcomeChunks: chunks,
    };
    // A cancel that arrives now is too late to stop anything: the run is whole, so it is kept.
    await deps.store.putRun(run);
    return { kind: 'complete', run };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const code = err.name === 'QuotaExceededError' ? 'storage-quota-exceeded' : 'storage-write-failed';
    return end({ kind: 'failed', problems: [problem(code, `The run could not be stored: ${err.message}; nothing was kept.`)] });
  }
}

/** Shard reports folded with replay-core's exact merge; one shard's report is the run's. */
function mergeAll(reports: readonly ReplayReport[], merge: MergeReports): Result<ReplayReport> {
  const [first, ...rest] = reports;
  if (first === undefined) return { ok: false, problems: [problem('replay-empty', 'The plan had no shard to run')] };
  let acc = first;
  for (const r of rest) {
    const m = merge(acc, r);
    if (!m.ok) return m;
    acc = m.value;
  }
  return { ok: true, value: acc };
}

const workerFailed = (message: string): Problem => problem('replay-worker-failed', `A replay worker failed: ${message}`);
