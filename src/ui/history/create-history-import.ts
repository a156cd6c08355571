/**
 * The import panel's state as Solid signals: one import at a time in its own worker, progress
 * while the file is read, then either stored (a clean file), waiting for the user's word (bad rows:
 * "Skip N bad orders and continue" / "Cancel import"), or failed. Cancel at any point terminates
 * the worker and removes the staged history, so the stored histories are exactly as before.
 */
import { createSignal, getOwner, onCleanup, type Accessor } from 'solid-js';
import type { Customer } from '../../domain/index.ts';
import { problem, type Problem } from '../../domain/problem.ts';
import type { HistoryFormat } from '../../history/types.ts';
import type { HistoryMeta } from '../../storage/history-db-types.ts';
import type { HistoryDb } from '../../storage/history-db.ts';
import type { ImportOutcome, ImportProgress } from './import-job.ts';
import { progressFigures, recordProgress, startProgress, type ProgressFigures, type ProgressTracker } from './progress.ts';
import type { ImportSource, ImportWorkerHandle } from './spawn-history-workers.ts';

export type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly name: string; readonly progress: ImportProgress | undefined; readonly figures: ProgressFigures | undefined }
  /** Staged with bad rows: the user decides. */
  | { readonly kind: 'review'; readonly outcome: ImportOutcome }
  | { readonly kind: 'done'; readonly outcome: ImportOutcome }
  | { readonly kind: 'failed'; readonly name: string; readonly problems: readonly Problem[] }
  | { readonly kind: 'cancelled'; readonly name: string };

export interface ImportStart {
  readonly source: ImportSource;
  readonly name: string;
  readonly format: HistoryFormat;
}

export interface HistoryImportDeps {
  readonly spawn: () => ImportWorkerHandle;
  readonly db: () => Promise<HistoryDb>;
  /** The workspace's currency and customers (read at the start of each import). */
  readonly workspace: Accessor<{ readonly currency: string; readonly customers: readonly Customer[] } | undefined>;
  readonly newId?: () => string;
  readonly clock?: () => number;
  /** A history was stored (clean, or after the user agreed). */
  readonly onStored?: (meta: HistoryMeta) => void;
}

export interface HistoryImport {
  readonly state: Accessor<ImportState>;
  readonly busy: Accessor<boolean>;
  start(request: ImportStart): void;
  /** Stops a running import, or refuses a staged one ("Cancel import"). */
  cancel(): void;
  /** "Skip N bad orders and continue": stores the staged history without its bad orders. */
  accept(): Promise<void>;
  /** Back to idle (after done / failed / cancelled). */
  reset(): void;
}

/** @example const imp = createHistoryImport({ spawn: spawnImportWorker, db, workspace }); imp.start({ source: { kind: 'file', file }, name: file.name, format: 'csv' }) */
export function createHistoryImport(deps: HistoryImportDeps): HistoryImport {
  const [state, setState] = createSignal<ImportState>({ kind: 'idle' });
  const clock = deps.clock ?? (() => performance.now());
  let worker: ImportWorkerHandle | undefined;
  let staged: { id: string; name: string } | undefined;
  // The newest import; answers of an older (cancelled) one are dropped.
  let generation = 0;

  const stopWorker = () => {
    worker?.terminate();
    worker = undefined;
  };
  const discard = async () => {
    const s = staged;
    staged = undefined;
    if (s !== undefined) await (await deps.db()).deleteHistory(s.id).catch(() => undefined);
  };

  const start = (request: ImportStart) => {
    const ws = deps.workspace();
    if (ws === undefined) return;
    stopWorker();
    void discard();
    const mine = ++generation;
    const id = deps.newId?.() ?? crypto.randomUUID();
    staged = { id, name: request.name };
    let tracker: ProgressTracker | undefined;
    setState({ kind: 'reading', name: request.name, progress: undefined, figures: undefined });
    const w = deps.spawn();
    worker = w;
    // Progress comes through its own message port, so a last report can arrive after the answer.
    let answered = false;
    const onProgress = (p: ImportProgress) => {
      if (mine !== generation || answered) return;
      const total = p.bytes ?? 0;
      tracker = tracker === undefined || tracker.total !== total ? startProgress(total, clock()) : tracker;
      tracker = recordProgress(tracker, clock(), p.bytesRead);
      setState({ kind: 'reading', name: request.name, progress: p, figures: total > 0 ? progressFigures(tracker) : undefined });
    };
    w.importHistory(request.source, { historyId: id, name: request.name, format: request.format, currency: ws.currency, customers: ws.customers }, onProgress)
      .then(
        (r) => {
          if (mine !== generation) return;
          answered = true;
          stopWorker();
          if (!r.ok) {
            staged = undefined; // the worker removed what it staged
            setState({ kind: 'failed', name: request.name, problems: r.problems });
          } else if (r.value.committed) {
            staged = undefined;
            setState({ kind: 'done', outcome: r.value });
            deps.onStored?.(r.value.meta);
          } else {
            setState({ kind: 'review', outcome: r.value });
          }
        },
        (e: unknown) => {
          if (mine !== generation) return;
          answered = true;
          stopWorker();
          void discard();
          setState({ kind: 'failed', name: request.name, problems: [problem('history-import-worker-failed', `The import worker failed: ${e instanceof Error ? e.message : String(e)}; nothing was imported.`)] });
        },
      );
  };

  const cancel = () => {
    const s = state();
    if (s.kind !== 'reading' && s.kind !== 'review') return;
    generation++;
    stopWorker();
    const name = s.kind === 'reading' ? s.name : s.outcome.meta.name;
    void discard();
    setState({ kind: 'cancelled', name });
  };

  const accept = async () => {
    const s = state();
    if (s.kind !== 'review') return;
    const mine = generation;
    const meta: HistoryMeta = { ...s.outcome.meta, status: 'ready' };
    try {
      await (await deps.db()).putHistory(meta);
    } catch (e) {
      if (mine !== generation) return;
      await discard();
      setState({ kind: 'failed', name: meta.name, problems: [problem('storage-write-failed', `${meta.name} could not be stored: ${e instanceof Error ? e.message : String(e)}; nothing was imported.`)] });
      return;
    }
    if (mine !== generation) return;
    staged = undefined;
    setState({ kind: 'done', outcome: { ...s.outcome, meta, committed: true } });
    deps.onStored?.(meta);
  };

  if (getOwner()) {
    onCleanup(() => {
      // Leaving the view mid-import: nothing half-written stays.
      generation++;
      stopWorker();
      void discard();
    });
  }

  return {
    state,
    busy: () => state().kind === 'reading',
    start,
    cancel,
    accept,
    reset: () => {
      if (state().kind !== 'reading' && state().kind !== 'review') setState({ kind: 'idle' });
    },
  };
}
