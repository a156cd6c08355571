import { createSignal, Show } from 'solid-js';
import type { HistoryListing, RunMeta } from '../../../storage/history-db-types.ts';
import type { ReplayRun } from '../../history/create-replay-run.ts';
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
}

/** One imported history: its facts, "Replay with the current workspace", the run's progress, its runs and the selected run's report. */
export function HistoryDetail(props: HistoryDetailProps) {
  const h = () => props.listing.history;
  const [confirming, setConfirming] = createSignal(false);
  const [openProblem, setOpenProblem] = createSignal<string>();
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
      <Show when={openProblem()}>
        {(text) => (
          <p class="notice notice-error" role="alert">
            {text()}
          </p>
        )}
      </Show>
      <section aria-labelledby="runs-title" class="history-runs">
        <h3 id="runs-title">Runs</h3>
        <RunsTable runs={props.listing.runs} selectedId={props.run?.id} onDelete={props.onDeleteRun} />
      </section>
      <Show when={props.run}>{(run) => <RunResult run={run()} openHistoryOrder={props.openHistoryOrder} onProblem={setOpenProblem} />}</Show>
    </div>
  );
}
