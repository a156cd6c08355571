import { For, Show } from 'solid-js';
import type { HistoryProblem } from '../../../history/types.ts';

/** Rows shown; the reader keeps up to 1,000 and counts the rest, a table of 1,000 rows would bury the buttons. */
export const SHOWN_PROBLEMS = 100;

/**
 * The reader's row problems: row, column, order and reason, capped at SHOWN_PROBLEMS rows with a
 * count of the rest (`total` includes the problems the reader only counted).
 */
export function ImportProblems(props: { readonly problems: readonly HistoryProblem[]; readonly total: number }) {
  const shown = () => props.problems.slice(0, SHOWN_PROBLEMS);
  const more = () => Math.max(0, props.total - shown().length);
  return (
    <Show when={props.problems.length > 0}>
      <div class="table-scroll history-problems" tabindex="0">
        <table class="data-table" aria-label="Row problems">
          <thead>
            <tr>
              <th scope="col" class="num fit">
                Row
              </th>
              <th scope="col" class="fit">
                Column
              </th>
              <th scope="col" class="fit">
                Order
              </th>
              <th scope="col" class="grow">
                Reason
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={shown()}>
              {(p) => (
                <tr>
                  <td class="num fit">{p.row.toLocaleString('en-US')}</td>
                  <td class="fit">
                    <code>{p.column ?? '—'}</code>
                  </td>
                  <td class="fit">{p.orderId ?? '—'}</td>
                  <td>
                    <div>{p.message}</div>
                    <div class="cell-sub">
                      <span class={`chip chip-sev-${p.severity}`}>{p.severity}</span> <code>{p.code}</code>
                    </div>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={more() > 0}>
        <p class="muted">and {more().toLocaleString('en-US')} more problems not listed</p>
      </Show>
    </Show>
  );
}
