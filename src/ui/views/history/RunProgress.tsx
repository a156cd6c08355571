import { Match, Show, Switch } from 'solid-js';
import type { ReplayRun, RunState } from '../../history/create-replay-run.ts';
import { planSentence, replayProgressLine, runTime } from '../../history/history-words.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { ProblemList } from '../../components/ProblemList.tsx';

type Running = Extract<RunState, { kind: 'running' }>;
type Failed = Extract<RunState, { kind: 'failed' }>;
type Complete = Extract<RunState, { kind: 'complete' }>;

/** The replay's progress bar (orders, orders/s, time left) with Cancel, or how the last run of this history ended badly. */
export function RunProgress(props: { readonly replay: ReplayRun; readonly historyId: string }) {
  const state = () => props.replay.state();
  const mine = () => {
    const s = state();
    if (s.kind === 'idle') return undefined;
    return (s.kind === 'complete' ? s.run.historyId : s.historyId) === props.historyId ? s : undefined;
  };
  return (
    <Switch>
      <Match when={mine()?.kind === 'running' && (mine() as Running)}>
        {(s) => (
          <div class="history-progress" aria-label="Replay">
            <div class="history-progress-head">
              <span>Replaying…</span>
              <button type="button" class="btn" onClick={() => props.replay.cancel()}>
                Cancel
              </button>
            </div>
            <ProgressBar label="Replay progress" fraction={s().figures?.fraction} />
            <span class="history-progress-line" role="status">
              {replayProgressLine(s().figures)}
            </span>
            <Show when={s().plan}>{(p) => <span class="muted">{planSentence(p().kind, p().orders)}</span>}</Show>
          </div>
        )}
      </Match>
      <Match when={mine()?.kind === 'complete' && (mine() as Complete)}>
        {(s) => (
          <div class="history-progress" aria-label="Replay">
            <ProgressBar label="Replay progress" fraction={1} />
            <span class="history-progress-line" role="status">
              Replayed {(s().run.report?.totals.orders ?? 0).toLocaleString('en-US')} orders in {runTime(s().run.elapsedMs)}.
            </span>
          </div>
        )}
      </Match>
      <Match when={mine()?.kind === 'cancelled'}>
        <p class="notice notice-warn" role="status">
          Replay cancelled; nothing was kept.
        </p>
      </Match>
      <Match when={mine()?.kind === 'failed' && (mine() as Failed)}>
        {(s) => (
          <>
            <p class="notice notice-error" role="alert">
              The replay failed; nothing was kept.
            </p>
            <ProblemList problems={s().problems} label="Replay problems" />
          </>
        )}
      </Match>
    </Switch>
  );
}
