import { createMemo, createSignal, For, Show } from 'solid-js';
import { formatCount } from '../../../domain/limits.ts';
import type { Bundle } from '../../../domain/bundle.ts';
import type { EvaluationResult } from '../../../domain/result.ts';
import { formatAmount } from '../../describe/format.ts';
import { countingText, filterWhy, isNearMiss, whyCounts, whyRows, type WhyFilter, type WhyRow } from '../../simulator/why.ts';
import './why.css';

const FILTERS: readonly { readonly value: WhyFilter; readonly label: string }[] = [
  { value: 'relevant', label: 'In this basket' },
  { value: 'applied', label: 'Applied' },
  { value: 'nearMiss', label: 'Near misses' },
  { value: 'all', label: 'All' },
];

/** The Promotions view selects the promotion named in this hash. */
const promotionHref = (id: string): string => `#/promotions/${encodeURIComponent(id)}`;

/**
 * Every promotion: ✓ applied with its saving, or ✗ the reason code, the sentence and the near miss.
 * By default only what this basket is about: applied, near misses closest first, other promotions
 * the basket counts toward; the rest is folded under "Show all (N)".
 */
export function WhyPanel(props: { readonly result: EvaluationResult; readonly bundle: Bundle }) {
  const [filter, setFilter] = createSignal<WhyFilter>('relevant');
  const rows = createMemo(() => whyRows(props.result, props.bundle));
  const counts = createMemo(() => whyCounts(rows()));
  const shown = createMemo(() => filterWhy(rows(), filter(), props.result.currency));
  return (
    <section class="sim-block" aria-labelledby="sim-why-title">
      <div class="block-head why-head">
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
          {(row) => <WhyItem row={row} currency={props.result.currency} />}
        </For>
      </ul>
      <Show when={filter() === 'relevant' && counts().folded > 0}>
        <p class="why-fold">
          <button type="button" class="btn" onClick={() => setFilter('all')}>
            Show all ({counts().all})
          </button>
          <span class="muted">
            {' '}
            {counts().folded} {counts().folded === 1 ? 'promotion has' : 'promotions have'} nothing qualifying in this basket.
          </span>
        </p>
      </Show>
    </section>
  );
}

function WhyItem(props: { readonly row: WhyRow; readonly currency: string }) {
  const notApplied = () => (props.row.kind === 'notApplied' ? props.row : undefined);
  return (
    <li class={`why-row ${props.row.kind === 'applied' ? 'why-applied' : 'why-not'}`} data-promotion={props.row.promotionId}>
      <span class="why-mark" aria-hidden="true">
        {props.row.kind === 'applied' ? '✓' : '✗'}
      </span>
      <div class="why-body">
        <div class="why-title">
          <a class="cell-title why-link" href={promotionHref(props.row.promotionId)}>
            {props.row.name}
          </a>
          <Show when={props.row.kind === 'applied' ? props.row : undefined} fallback={<code class="code-chip reason">{notApplied()?.reason}</code>}>
            {(a) => (
              <span class="why-saving">
                <span class="visually-hidden">applied, saving </span>
                {formatAmount(a().saving, props.currency)}
                <Show when={a().applications > 1}>
                  <span class="muted"> · {formatCount(a().applications)}×</span>
                </Show>
              </span>
            )}
          </Show>
        </div>
        <div class="why-message">{props.row.message}</div>
        <Show when={notApplied()?.missing}>{(m) => <div class="near-miss">Near miss: {m()}</div>}</Show>
        <Show when={isNearMiss(props.row) ? notApplied() : undefined}>
          {(r) => (
            <div class="why-counting">
              {r().reason === 'noBenefitProduct' ? 'Benefit products' : 'Counts'}: {countingText(r().counting)}
            </div>
          )}
        </Show>
      </div>
    </li>
  );
}
