import { For, Show } from 'solid-js';
import type { RunMeta } from '../../../storage/history-db-types.ts';
import { formatAmount } from '../../describe/format.ts';
import { formatInstant, runTime } from '../../history/history-words.ts';
import { formatRoute } from '../../state/route.ts';

/** A history's stored runs, newest first: when, which workspace revision, orders, saving, time; open or delete each. */
export function RunsTable(props: {
  readonly runs: readonly RunMeta[];
  readonly selectedId: string | undefined;
  readonly onDelete: (run: RunMeta) => void;
  /** Runs ticked for a compare (at most two). */
  readonly picked: readonly string[];
  readonly onPick: (run: RunMeta, on: boolean) => void;
}) {
  return (
    <Show when={props.runs.length > 0} fallback={<p class="muted">No run yet: replay the history with the current workspace.</p>}>
      <div class="table-scroll" tabindex="0">
        <table class="data-table" aria-label="Runs">
          <thead>
            <tr>
              <th scope="col" class="fit">
                Compare
              </th>
              <th scope="col" class="fit">
                Run
              </th>
              <th scope="col" class="grow">
                Workspace
              </th>
              <th scope="col" class="num">
                Orders
              </th>
              <th scope="col" class="num">
                Saving
              </th>
              <th scope="col" class="num">
                Time
              </th>
              <th scope="col" class="fit">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.runs}>
              {(run) => (
                <tr aria-current={props.selectedId === run.id ? 'true' : undefined} classList={{ selected: props.selectedId === run.id }}>
                  <td class="fit">
                    <input
                      type="checkbox"
                      aria-label={`Compare the run of ${formatInstant(run.startedAt)}`}
                      checked={props.picked.includes(run.id)}
                      onChange={(e) => props.onPick(run, e.currentTarget.checked)}
                    />
                  </td>
                  <td class="fit nowrap">
                    <a href={formatRoute({ view: 'history', id: run.historyId, sub: run.id })}>{formatInstant(run.startedAt)}</a>
                  </td>
                  <td>
                    {run.bundle.name} <span class="muted">· rev {run.bundle.revision.slice(0, 7)}</span>
                  </td>
                  <td class="num">{run.report?.totals.orders.toLocaleString('en-US') ?? '—'}</td>
                  <td class="num">{run.report === undefined ? '—' : formatAmount(run.report.totals.saving, run.report.currency)}</td>
                  <td class="num">{runTime(run.elapsedMs)}</td>
                  <td class="fit">
                    <button type="button" class="btn btn-ghost" aria-label={`Delete the run of ${formatInstant(run.startedAt)}`} onClick={() => props.onDelete(run)}>
                      Delete
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
