import { For, Show } from 'solid-js';
import type { Problem } from '../../domain/problem.ts';

/** Problems as a table: severity, where (JSON path or CSV row), message with its stable code. */
export function ProblemList(props: { readonly problems: readonly Problem[]; readonly label: string }) {
  return (
    <Show when={props.problems.length > 0}>
      <div class="table-scroll problems">
        <table class="data-table" aria-label={props.label}>
          <thead>
            <tr>
              <th scope="col" class="fit">
                Severity
              </th>
              <th scope="col">Where</th>
              <th scope="col" class="grow">
                Problem
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.problems}>
              {(p) => (
                <tr>
                  <td class="fit">
                    <span class={`chip chip-sev-${p.severity}`}>{p.severity}</span>
                  </td>
                  <td class="problem-path">
                    <code>{p.path ?? (p.row !== undefined ? `row ${p.row}` : '—')}</code>
                  </td>
                  <td>
                    <div>{p.message}</div>
                    <div class="cell-sub">
                      <code>{p.code}</code>
                    </div>
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
