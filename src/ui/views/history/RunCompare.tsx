import { For } from 'solid-js';
import { formatMoney, tryParseMoney } from '../../../domain/money.ts';
import type { Totals } from '../../../replay/types.ts';
import { formatAmount, formatPercent } from '../../describe/format.ts';
import type { RunSide } from '../../history/load-compared-runs.ts';

/**
 * Two runs of one history side by side: a stand-in for report-ui's `CompareView`
 * (src/ui/views/history/compare/), which takes the same two sides plus `historyId` and
 * `openHistoryOrder` and lists the delta per promotion and the changed orders. This is the one
 * place that mounts either.
 */
export function RunCompare(props: { readonly before: RunSide; readonly after: RunSide; readonly onClose: () => void }) {
  const currency = () => props.before.report.currency;
  const money = (m: string) => formatAmount(m, currency());
  // Exact: both sides in minor units, the difference as a decimal string again.
  const delta = (pick: (t: Totals) => string) => {
    const a = tryParseMoney(pick(props.before.report.totals), currency());
    const b = tryParseMoney(pick(props.after.report.totals), currency());
    if (!a.ok || !b.ok) return '—';
    const d = b.minor - a.minor;
    return `${d > 0n ? '+' : ''}${formatAmount(formatMoney(d, currency()), currency())}`;
  };
  const changed = () => {
    const before = new Map(props.before.outcomes.map((o) => [o.orderId, o.saving] as const));
    return props.after.outcomes.filter((o) => before.get(o.orderId) !== o.saving).length;
  };
  const rows: readonly { label: string; value: (t: Totals) => string; delta?: (t: Totals) => string }[] = [
    { label: 'Orders', value: (t) => t.orders.toLocaleString('en-US') },
    { label: 'Saving', value: (t) => money(t.saving), delta: (t) => t.saving },
    { label: 'Net', value: (t) => money(t.net), delta: (t) => t.net },
    { label: 'Saving rate', value: (t) => formatPercent(t.savingRate) },
  ];
  return (
    <section class="card run-compare" aria-labelledby="run-compare-title">
      <div class="run-result-head">
        <h3 id="run-compare-title">Compare runs</h3>
        <button type="button" class="btn btn-ghost" onClick={() => props.onClose()}>
          Close
        </button>
      </div>
      <div class="table-scroll" tabindex="0">
        <table class="data-table" aria-label="Runs compared">
          <thead>
            <tr>
              <th scope="col" class="fit">
                <span class="visually-hidden">Figure</span>
              </th>
              <th scope="col" class="num">
                Before: {props.before.label}
              </th>
              <th scope="col" class="num">
                After: {props.after.label}
              </th>
              <th scope="col" class="num">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={rows}>
              {(r) => (
                <tr>
                  <th scope="row" class="fit">
                    {r.label}
                  </th>
                  <td class="num">{r.value(props.before.report.totals)}</td>
                  <td class="num">{r.value(props.after.report.totals)}</td>
                  <td class="num">{r.delta === undefined ? '' : delta(r.delta)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <p class="muted" role="status">
        {changed().toLocaleString('en-US')} of {props.after.outcomes.length.toLocaleString('en-US')} orders have a different saving.
      </p>
    </section>
  );
}
