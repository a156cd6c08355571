import { For, Show } from 'solid-js';
import type { Problem } from '../../domain/problem.ts';

/** Problems as a table: severity, JSON path, stable code, message. */
export function ProblemList(props: { readonly problems: readonly Problem[]; readonly label: string }) {
  return (
    <Show when={props.problems.length > 0}>
      <div class="table-scroll problems">
        <table class="data-table" aria-label={props.label}>
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Path</th>
              <th scope="col">Code</th>
              <th scope="col">Message</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.problems}>
              {(p) => (
                <tr>
                  <td>
                    <span class={`chip chip-sev-${p.severity}`}>{p.severity}</span>
                  </td>
                  <td>
                    <code>{p.path ?? (p.row !== undefined ? `row ${p.row}` : '—')}</code>
                  </td>
                  <td>
                    <code>{p.code}</code>
                  </td>
                  <td>{p.message}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
