import { createEffect, createSignal, on, Show } from 'solid-js';
import type { HistoryListing, RunMeta } from '../../../storage/history-db-types.ts';
import { problem } from '../../../domain/problem.ts';
import type { Problem } from '../../../domain/problem.ts';
import type { ReplayRun } from '../../history/create-replay-run.ts';
import { loadComparedRuns, type RunSide } from '../../history/load-compared-runs.ts';
import type { HistoryDb } from '../../../storage/history-db.ts';
import { ProblemList } from '../../components/ProblemList.tsx';
import { RunCompare } from './RunCompare.tsx';
import type { OpenHistoryOrder } from '../../history/open-history-order.ts';
import { formatBytes, formatInstant, periodOf } from '../../history/history-words.ts';
import { RunProgress } from './RunProgress.tsx';
import { RunResult } from './RunResult.tsx';
import { RunsTable } from './RunsTable.tsx';

export interface HistoryDetailProps {
  readonly listing: HistoryListing;
  readonly run: RunMeta | undefined;
  readonly replay: ReplayRun;
  readonly timeZone: string;
  /** Why "Replay" is not offered now (an import is running…), or undefined. */
  readonly replayBlocked: string | undefined;
  readonly onReplay: () => void;
  readonly onDeleteHistory: () => void;
  readonly onDeleteRun: (run: RunMeta) => void;
  readonly openHistoryOrder: OpenHistoryOrder;
  readonly db: () => Promise<HistoryDb>;
}

/** One imported history: its facts, "Replay with the current workspace", the run's progress, its runs and the selected run's report. */
export function HistoryDetail(props: HistoryDetailProps) {
  const h = () => props.listing.history;
  const [confirming, setConfirming] = createSignal(false);
  // Two ticked runs, newest tick last; a third tick drops the oldest.
  const [picked, setPicked] = createSignal<readonly string[]>([]);
  const [compared, setCompared] = createSignal<{ before: RunSide; after: RunSide }>();
  const [compareProblems, setCompareProblems] = createSignal<readonly Problem[]>([]);
  const pick = (run: RunMeta, on: boolean) => setPicked((p) => (on ? [...p.filter((id) => id !== run.id), run.id].slice(-2) : p.filter((id) => id !== run.id)));
  let comparing = 0;
  // Another history selected: its runs are not the ticked ones.
  createEffect(
    on(
      () => props.listing.history.id,
      () => {
        comparing++;
        setPicked([]);
        setCompared(undefined);
        setCompareProblems([]);
      },
      { defer: true },
    ),
  );
  const compare = async () => {
    const mine = ++comparing;
    const runs = picked().map((id) => props.listing.runs.find((r) => r.id === id));
    const [a, b] = runs;
    if (a === undefined || b === undefined) {
      setCompareProblems([problem('compare-pick-two', 'Tick two runs to compare')]);
      return;
    }
    const r = await loadComparedRuns(await props.db(), [a, b]);
    if (mine !== comparing) return;
    setCompareProblems(r.ok ? [] : r.problems);
    setCompared(r.ok ? r.value : undefined);
  };
  return (
    <div class="detail history-detail">
      <div class="detail-head">
        <h2 id="history-detail-title">{h().name}</h2>
        <dl class="facts">
          <dt>Orders</dt>
          <dd>
            {h().counts.orders.toLocaleString('en-US')} orders · {h().counts.lines.toLocaleString('en-US')} lines
            <Show when={h().counts.skippedOrders > 0}> · {h().counts.skippedOrders.toLocaleString('en-US')} bad orders left out</Show>
          </dd>
          <dt>Period</dt>
          <dd>{periodOf(h(), props.timeZone)}</dd>
          <dt>Imported</dt>
          <dd>
            {formatInstant(h().importedAt)} · {h().format.toUpperCase()}
            <Show when={h().bytes}>{(b) => <> · {formatBytes(b())}</>}</Show> · amounts in {h().currency}
          </dd>
        </dl>
      </div>
      <div class="history-actions">
        <button type="button" class="btn btn-primary" disabled={props.replay.running() || props.replayBlocked !== undefined} title={props.replayBlocked} onClick={() => props.onReplay()}>
          Replay with the current workspace
        </button>
        <Show
          when={confirming()}
          fallback={
            <button type="button" class="btn btn-ghost" disabled={props.replay.running()} onClick={() => setConfirming(true)}>
              Delete history…
            </button>
          }
        >
          <span class="history-confirm" role="group" aria-label="Confirm delete">
            <span>
              Delete {h().name} and its {props.listing.runs.length === 1 ? 'run' : `${props.listing.runs.length} runs`}?
            </span>
            <button
              type="button"
              class="btn btn-danger"
              onClick={() => {
                setConfirming(false);
                props.onDeleteHistory();
              }}
            >
              Delete
            </button>
            <button type="button" class="btn" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        </Show>
      </div>
      <RunProgress replay={props.replay} historyId={h().id} />
      <section aria-labelledby="runs-title" class="history-runs">
        <div class="run-result-head">
          <h3 id="runs-title">Runs</h3>
          <Show when={props.listing.runs.length > 1}>
            <button type="button" class="btn" disabled={picked().length !== 2} onClick={() => void compare()}>
              Compare the two ticked runs
            </button>
          </Show>
        </div>
        <RunsTable runs={props.listing.runs} selectedId={props.run?.id} onDelete={props.onDeleteRun} picked={picked()} onPick={pick} />
      </section>
      <ProblemList problems={compareProblems()} label="Compare problems" />
      <Show when={compared()}>{(c) => <RunCompare before={c().before} after={c().after} historyId={h().id} openHistoryOrder={props.openHistoryOrder} onClose={() => setCompared(undefined)} />}</Show>
      <Show when={props.run}>{(run) => <RunResult run={run()} openHistoryOrder={props.openHistoryOrder} />}</Show>
    </div>
  );
}
