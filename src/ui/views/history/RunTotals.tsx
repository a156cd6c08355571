import { For, Show } from 'solid-js';
import type { ReplayReport } from '../../../replay/types.ts';
import { formatAmount, formatPercent } from '../../describe/format.ts';
import { formatInstant } from '../../history/history-words.ts';

/**
 * The report's totals and its biggest discounts, each openable in the simulator. A stand-in for
 * report-ui's `ReportView` (src/ui/views/history/report/) until it is merged; `RunResult` is the
 * one place that mounts either.
 */
export function RunTotals(props: { readonly report: ReplayReport; readonly openOrder: (orderId: string) => void }) {
  const money = (amount: string) => formatAmount(amount, props.report.currency);
  const t = () => props.report.totals;
  return (
    <section class="card run-totals" aria-labelledby="run-totals-title">
      <h3 id="run-totals-title">Totals</h3>
      <dl class="run-figures">
        <div>
          <dt>Orders</dt>
          <dd>{t().orders.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Gross</dt>
          <dd>{money(t().gross)}</dd>
        </div>
        <div>
          <dt>Saving</dt>
          <dd>{money(t().saving)}</dd>
        </div>
        <div>
          <dt>Net</dt>
          <dd>{money(t().net)}</dd>
        </div>
        <div>
          <dt>Saving rate</dt>
          <dd>{formatPercent(t().savingRate)}</dd>
        </div>
        <div>
          <dt>Orders with a saving</dt>
          <dd>{t().ordersWithSaving.toLocaleString('en-US')}</dd>
        </div>
      </dl>
      <Show when={props.report.notes.length > 0}>
        <ul class="plain-list run-notes" aria-label="Report notes">
          <For each={props.report.notes}>{(n) => <li class="muted">{n.message}</li>}</For>
        </ul>
      </Show>
      <Show when={props.report.topDiscounts.length > 0}>
        <h4>Biggest discounts</h4>
        <div class="table-scroll" tabindex="0">
          <table class="data-table" aria-label="Biggest discounts">
            <thead>
              <tr>
                <th scope="col" class="grow">
                  Order
                </th>
                <th scope="col" class="fit">
                  When
                </th>
                <th scope="col" class="num">
                  Gross
                </th>
                <th scope="col" class="num">
                  Saving
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={props.report.topDiscounts.slice(0, 10)}>
                {(d) => (
                  <tr>
                    <td>
                      <button type="button" class="btn-link" title="Open this order in the simulator" onClick={() => props.openOrder(d.orderId)}>
                        {d.orderId}
                      </button>
                      <Show when={d.customerId}>{(c) => <span class="muted"> · {c()}</span>}</Show>
                    </td>
                    <td class="fit nowrap">{formatInstant(d.at, props.report.timeZone)}</td>
                    <td class="num">{money(d.gross)}</td>
                    <td class="num">{money(d.saving)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
