import { For, Show } from 'solid-js';
import type { Problem } from '../../domain/problem.ts';

/** A field's validation problems, in place under the control, with their stable codes. */
export function FieldProblems(props: { readonly problems: readonly Problem[]; readonly id?: string }) {
  return (
    <Show when={props.problems.length > 0}>
      <ul class="sf-problems" id={props.id}>
        <For each={props.problems}>
          {(p) => (
            <li class="sf-problem" classList={{ 'sf-problem-warning': p.severity !== 'error' }}>
              {p.message} <code class="muted">{p.code}</code>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
