import { For, Show } from 'solid-js';
import type { Bundle, Expectation } from '../../../domain/bundle.ts';
import { formatAmount } from '../../describe/format.ts';

/** What the saved basket is expected to produce, as the bundle author wrote it. */
export function ExpectationPanel(props: { readonly expected: Expectation; readonly bundle: Bundle }) {
  const name = (id: string) => props.bundle.promotions.find((p) => p.id === id)?.name ?? id;
  const notApplied = () => Object.entries(props.expected.notApplied ?? {});
  return (
    <section class="expectation" aria-label="Expected result">
      <h3>Expected</h3>
      <dl class="facts">
        <Show when={props.expected.promotionSaving}>
          {(s) => (
            <>
              <dt>Promotion saving</dt>
              <dd class="num-inline">{formatAmount(s(), props.bundle.currency)}</dd>
            </>
          )}
        </Show>
        <Show when={props.expected.net}>
          {(n) => (
            <>
              <dt>Net</dt>
              <dd class="num-inline">{formatAmount(n(), props.bundle.currency)}</dd>
            </>
          )}
        </Show>
        <Show when={props.expected.applied}>
          {(applied) => (
            <>
              <dt>Applied</dt>
              <dd>
                <Show when={applied().length > 0} fallback={<span class="muted">none</span>}>
                  <ul class="plain-list">
                    <For each={applied()}>{(id) => <li>{name(id)}</li>}</For>
                  </ul>
                </Show>
              </dd>
            </>
          )}
        </Show>
        <Show when={notApplied().length > 0}>
          <dt>Not applied</dt>
          <dd>
            <ul class="plain-list">
              <For each={notApplied()}>
                {([id, reason]) => (
                  <li>
                    {name(id)} <code class="code-chip">{reason}</code>
                  </li>
                )}
              </For>
            </ul>
          </dd>
        </Show>
      </dl>
    </section>
  );
}
