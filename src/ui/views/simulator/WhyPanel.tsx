import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Bundle } from '../../../domain/bundle.ts';
import type { EvaluationResult } from '../../../domain/result.ts';
import { formatAmount } from '../../describe/format.ts';
import { filterWhy, whyCounts, whyRows, type WhyFilter } from '../../simulator/why.ts';

const FILTERS: readonly { readonly value: WhyFilter; readonly label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'applied', label: 'Applied' },
  { value: 'nearMiss', label: 'Near misses' },
];

/** Every promotion: ✓ applied with its saving, or ✗ the reason code, the sentence and the near miss. */
export function WhyPanel(props: { readonly result: EvaluationResult; readonly bundle: Bundle }) {
  const [filter, setFilter] = createSignal<WhyFilter>('all');
  const rows = createMemo(() => whyRows(props.result, props.bundle));
  const counts = createMemo(() => whyCounts(rows()));
  const shown = createMemo(() => filterWhy(rows(), filter()));
  return (
    <section class="sim-block" aria-labelledby="sim-why-title">
      <div class="block-head">
        <h3 id="sim-why-title">Why</h3>
        <div class="segmented" role="group" aria-label="Show promotions">
          <For each={FILTERS}>
            {(f) => (
              <button type="button" class="seg" aria-pressed={filter() === f.value} onClick={() => setFilter(f.value)}>
                {f.label} <span class="seg-count">{counts()[f.value]}</span>
              </button>
            )}
          </For>
        </div>
      </div>
      <ul class="why-list" aria-label="Why each promotion applied or not">
        <For each={shown()} fallback={<li class="muted why-empty">Nothing to show for this filter.</li>}>
          {(row) => (
            <li class={`why-row ${row.kind === 'applied' ? 'why-applied' : 'why-not'}`} data-promotion={row.promotionId}>
              <span class="why-mark" aria-hidden="true">
                {row.kind === 'applied' ? '✓' : '✗'}
              </span>
              <div class="why-body">
                <div class="why-title">
                  <span class="cell-title">{row.name}</span>
                  <Show
                    when={row.kind === 'applied' ? row : undefined}
                    fallback={<code class="code-chip reason">{row.kind === 'notApplied' ? row.reason : ''}</code>}
                  >
                    {(a) => (
                      <span class="why-saving">
                        <span class="visually-hidden">applied, saving </span>
                        {formatAmount(a().saving, props.result.currency)}
                        <Show when={a().applications > 1}>
                          <span class="muted"> · {a().applications}×</span>
                        </Show>
                      </span>
                    )}
                  </Show>
                </div>
                <div class="why-message">{row.message}</div>
                <Show when={row.kind === 'notApplied' ? row.missing : undefined}>{(m) => <div class="near-miss">Near miss: {m()}</div>}</Show>
              </div>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
