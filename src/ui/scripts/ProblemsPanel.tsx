import { For, Show } from 'solid-js';
import type { ProblemRow } from '../../editor/diagnostics.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The checker's findings as `line:col code message`; a click (or Enter) puts the cursor there. */
export function ProblemsPanel(props: { readonly rows: readonly ProblemRow[]; readonly checking: boolean; readonly onJump: (line: number, column: number) => void }) {
  const errors = () => props.rows.filter((r) => r.severity === 'error').length;
  return (
    <section class="scripts-panel" aria-labelledby="script-problems-title">
      <div class="scripts-panel-head">
        <h3 id="script-problems-title">Problems</h3>
        <span class="muted" role="status">
          {props.checking ? 'checking…' : props.rows.length === 0 ? 'no problems' : `${plural(errors(), 'error')} · ${plural(props.rows.length - errors(), 'warning')}`}
        </span>
      </div>
      <Show when={props.rows.length > 0}>
        <ul class="script-problems" aria-label="Script problems">
          <For each={props.rows}>
            {(r) => (
              <li>
                <button type="button" class={`script-problem sev-${r.severity}`} onClick={() => props.onJump(r.line, r.column)}>
                  <span class={`chip chip-sev-${r.severity}`}>{r.severity}</span>
                  <code class="script-problem-at">
                    {r.line}:{r.column}
                  </code>
                  <code class="script-problem-code">{r.code}</code>
                  <span class="script-problem-message">{r.message}</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
