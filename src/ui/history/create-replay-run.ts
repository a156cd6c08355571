/**
 * "Replay with the current workspace" as Solid signals: a fresh worker pool per run (one worker
 * per core; each loads WASM once and keeps the history it read for its next shard), progress
 * figures (orders/s, time left) from the summed shard progress, Cancel, and the stored run at the
 * end. The pool is disposed when the run ends: its workers hold the whole history in memory.
 */
import { createSignal, getOwner, onCleanup, type Accessor } from 'solid-js';
import { problem, type Problem } from '../../domain/problem.ts';
import type { MergeReports } from '../../replay/types.ts';
import type { HistoryMeta, RunBundle, RunMeta } from '../../storage/history-db-types.ts';
import type { HistoryDb } from '../../storage/history-db.ts';
import { coreCount, WorkerPool } from '../../workers-client/worker-pool.ts';
import { progressFigures, recordProgress, startProgress, type ProgressFigures, type ProgressTracker } from './progress.ts';
import type { PlanSummary } from './replay-job.ts';
import { runReplay, type ReplayWorkerHandle } from './replay-run.ts';

export type RunState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly historyId: string; readonly plan: PlanSummary | undefined; readonly figures: ProgressFigures | undefined }
  | { readonly kind: 'complete'; readonly run: RunMeta }
  | { readonly kind: 'cancelled'; readonly historyId: string }
  | { readonly kind: 'failed'; readonly historyId: string; readonly problems: readonly Problem[] };

export interface ReplayRunDeps {
  readonly spawn: () => ReplayWorkerHandle;
  readonly db: () => Promise<HistoryDb>;
  readonly merge: MergeReports;
  readonly workers?: number;
  readonly newId?: () => string;
  readonly clock?: () => number;
  readonly onStored?: (run: RunMeta) => void;
}

export interface ReplayRun {
  readonly state: Accessor<RunState>;
  readonly running: Accessor<boolean>;
  start(history: HistoryMeta, bundle: RunBundle & { readonly currency: string }): void;
  cancel(): void;
}

/** @example const run = createReplayRun({ spawn: spawnReplayWorker, db, merge: mergeReports }); run.start(history, { name, revision, input, currency }) */
export function createReplayRun(deps: ReplayRunDeps): ReplayRun {
  const [state, setState] = createSignal<RunState>({ kind: 'idle' });
  const clock = deps.clock ?? (() => performance.now());
  let current: { ctrl: AbortController; pool: WorkerPool<ReplayWorkerHandle> } | undefined;

  const start: ReplayRun['start'] = (history, bundle) => {
    if (current !== undefined) return;
    if (bundle.currency !== history.currency) {
      setState({
        kind: 'failed', historyId: history.id,
        problems: [problem('history-currency-mismatch', `${history.name} was imported in ${history.currency}; the workspace's currency is ${bundle.currency}. Import the history again with this workspace open.`)],
      });
      return;
    }
    const ctrl = new AbortController();
    const pool = new WorkerPool<ReplayWorkerHandle>({
      size: deps.workers ?? coreCount(),
      spawn: () => {
        const api = deps.spawn();
        return { api, terminate: () => api.terminate() };
      },
    });
    const run = { ctrl, pool };
    current = run;
    let tracker: ProgressTracker | undefined;
    let plan: PlanSummary | undefined;
    setState({ kind: 'running', historyId: history.id, plan: undefined, figures: undefined });
    void (async () => {
      const store = await deps.db();
      const { currency: _currency, ...runBundle } = bundle;
      const end = await runReplay(
        { runId: deps.newId?.() ?? crypto.randomUUID(), history, bundle: runBundle },
        {
          pool, store, merge: deps.merge, signal: ctrl.signal,
          now: () => new Date().toISOString(),
          clock,
          onPlan: (p) => {
            plan = p;
          },
          onProgress: (done, total) => {
            if (current !== run) return;
            tracker = tracker === undefined ? startProgress(total, clock()) : recordProgress(tracker, clock(), done);
            setState({ kind: 'running', historyId: history.id, plan, figures: progressFigures(tracker) });
          },
        },
      );
      pool.dispose();
      if (current !== run) return;
      current = undefined;
      if (end.kind === 'complete') {
        setState({ kind: 'complete', run: end.run });
        deps.onStored?.(end.run);
      } else if (end.kind === 'cancelled') setState({ kind: 'cancelled', historyId: history.id });
      else setState({ kind: 'failed', historyId: history.id, problems: end.problems });
    })().catch((e: unknown) => {
      pool.dispose();
      if (current !== run) return;
      current = undefined;
      setState({ kind: 'failed', historyId: history.id, problems: [problem('replay-failed', `The replay could not start: ${e instanceof Error ? e.message : String(e)}`)] });
    });
  };

  const cancel = () => current?.ctrl.abort();

  if (getOwner()) {
    onCleanup(() => {
      // Leaving the view stops the run: its staged rows are removed by runReplay's cancel path.
      current?.ctrl.abort();
    });
  }

  return { state, running: () => state().kind === 'running', start, cancel };
}
