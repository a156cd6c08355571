/**
 * The Baskets view's batch run as Solid signals: start evaluates every saved basket through the
 * evaluation pool, rows fill in as baskets finish, cancel aborts the run (the pool terminates the
 * busy workers) and keeps what finished.
 */
import { createSignal, getOwner, onCleanup, type Accessor } from 'solid-js';
import type { Workspace } from '../../storage/workspace-store.ts';
import { cancelPending, pendingRows, type BatchFacts, type BatchRow } from './batch-rows.ts';
import { runBatch, type BatchInput } from './batch-run.ts';
import type { EvaluationPool } from './evaluation-client.ts';

export interface BatchState {
  readonly rows: Accessor<readonly BatchRow[]>;
  readonly running: Accessor<boolean>;
  readonly cancelled: Accessor<boolean>;
  /** Set when the run ended (finished or cancelled). */
  readonly facts: Accessor<BatchFacts | undefined>;
  start(): void;
  cancel(): void;
}

/** The baskets as the worker gets them: stored input form (plain JSON), expectation from the parsed basket. */
function batchInputs(workspace: Workspace): BatchInput[] {
  const stored = new Map(workspace.snapshot.baskets.map((b) => [b.id, b.basket]));
  return workspace.baskets.map((b) => {
    const input = stored.get(b.id) as { order?: unknown; state?: unknown } | undefined;
    const state = input?.state ?? b.state;
    return { id: b.id, name: b.name, expected: b.expected, order: input?.order ?? b.order, ...(state === undefined ? {} : { state }) };
  });
}

/** @example const batch = createBatchState(() => props.workspace, () => evaluationPool(spawnEvaluateWorker)); batch.start() */
export function createBatchState(workspace: Accessor<Workspace>, pool: () => EvaluationPool): BatchState {
  const [rows, setRows] = createSignal<readonly BatchRow[]>([]);
  const [running, setRunning] = createSignal(false);
  const [cancelled, setCancelled] = createSignal(false);
  const [facts, setFacts] = createSignal<BatchFacts>();
  // The newest run; answers from an older (replaced) run are ignored.
  let latest: AbortController | undefined;

  const cancel = () => {
    if (!running()) return;
    setCancelled(true);
    latest?.abort();
  };

  const start = () => {
    latest?.abort();
    const mine = new AbortController();
    latest = mine;
    const ws = workspace();
    const baskets = batchInputs(ws);
    const p = pool();
    const began = performance.now();
    setRows(pendingRows(baskets));
    setCancelled(false);
    setFacts(undefined);
    setRunning(true);
    const request = { bundle: ws.snapshot.workspace.input, bundleKey: ws.snapshot.workspace.revision, baskets };
    void runBatch(p, request, {
      signal: mine.signal,
      onRow: (index, row) => {
        if (latest === mine) setRows((rs) => rs.map((r, i) => (i === index ? row : r)));
      },
    }).then(() => {
      if (latest !== mine) return;
      setRows((rs) => cancelPending(rs));
      setFacts({ elapsedMs: performance.now() - began, workers: Math.min(p.size, Math.max(1, baskets.length)) });
      setRunning(false);
    });
  };

  if (getOwner()) onCleanup(() => latest?.abort());
  return { rows, running, cancelled, facts, start, cancel };
}
