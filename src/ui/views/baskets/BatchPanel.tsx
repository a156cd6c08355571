import { For, Match, Show, Switch } from 'solid-js';
import { formatAmount } from '../../describe/format.ts';
import { progressOf, summarize, summaryTone, type BatchRow } from '../../simulator/batch-rows.ts';
import type { BatchState } from '../../simulator/batch-state.ts';

const simulatorHref = (id: string) => `#/simulator/${encodeURIComponent(id)}`;

function Verdict(props: { readonly row: BatchRow }) {
  return (
    <Switch>
      <Match when={props.row.kind === 'done' && props.row}>
        {(r) => (
          <Switch>
            <Match when={r().expectation === 'match'}>
              <span class="ok-mark">✓ match</span>
            </Match>
            <Match when={r().expectation === 'differs'}>
              <span class="bad-mark">✗ differs</span>
            </Match>
            <Match when={r().expectation === 'none'}>
              <span class="muted">no expectation</span>
            </Match>
          </Switch>
        )}
      </Match>
      <Match when={props.row.kind === 'failed' && props.row}>
        {(r) => (
          <span class="bad-mark" title={r().problems.map((p) => p.message).join('\n')}>
            ✗ failed
          </span>
        )}
      </Match>
      <Match when={props.row.kind === 'cancelled'}>
        <span class="muted">cancelled</span>
      </Match>
      <Match when={props.row.kind === 'pending'}>
        <span class="muted">…</span>
      </Match>
    </Switch>
  );
}

/** "Run all baskets": progress while it runs, then every basket's totals and whether it matches its expectation. */
export function BatchPanel(props: { readonly state: BatchState; readonly currency: string }) {
  const progress = () => progressOf(props.state.rows());
  const money = (amount: string) => formatAmount(amount, props.currency);
  const open = (id: string) => {
    location.hash = simulatorHref(id);
  };
  return (
    <section class="batch" aria-labelledby="batch-title">
      <div class="batch-head">
        <h2 id="batch-title">All baskets</h2>
        <Show when={props.state.running()}>
          <button type="button" class="btn" onClick={() => props.state.cancel()}>
            Cancel
          </button>
        </Show>
      </div>
      <div class="batch-progress">
        <progress aria-label="Batch progress" value={progress().evaluated} max={Math.max(1, progress().total)} />
        <span class="batch-count" aria-live="polite">
          {progress().evaluated} / {progress().total}
        </span>
      </div>
      <Show when={props.state.facts()}>
        {(f) => (
          <p class={`batch-summary batch-${summaryTone(props.state.rows())}`} role="status">
            {summarize(props.state.rows(), f())}
          </p>
        )}
      </Show>
      <div class="table-scroll">
        <table class="data-table selectable" aria-label="Batch results">
          <thead>
            <tr>
              <th scope="col" class="grow">Basket</th>
              <th scope="col" class="num" title="Promotion saving">
                Saving
              </th>
              <th scope="col" class="num">Net</th>
              <th scope="col" class="num" title="Promotions applied">Applied</th>
              <th scope="col" class="fit">Optimal</th>
              <th scope="col" class="fit">Expectation</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.state.rows()}>
              {(row) => (
                <tr data-kind={row.kind} onClick={() => open(row.basketId)}>
                  <td>
                    <a href={simulatorHref(row.basketId)} onClick={(e) => e.stopPropagation()}>
                      {row.name}
                    </a>
                  </td>
                  <Show
                    when={row.kind === 'done' && row}
                    fallback={
                      <>
                        <td class="num muted">—</td>
                        <td class="num muted">—</td>
                        <td class="num muted">—</td>
                        <td class="fit muted">—</td>
                      </>
                    }
                  >
                    {(r) => (
                      <>
                        <td class="num">{money(r().promotionSaving)}</td>
                        <td class="num">{money(r().net)}</td>
                        <td class="num">{r().applied}</td>
                        <td class="fit">{r().optimal ? 'yes' : <span class="bad-mark">no</span>}</td>
                      </>
                    )}
                  </Show>
                  <td class="fit nowrap">
                    <Verdict row={row} />
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}
