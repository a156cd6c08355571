import { Show } from 'solid-js';
import type { ReplayReport } from '../../../../replay/types.ts';
import { plural } from '../../../describe/format.ts';
import { countOf, reportMoney, reportPercent } from '../../../history/report-format.ts';

/** The run in four figures — gross, saving, net, saving rate — and what was run with what. */
export function ReportTotals(props: { readonly report: ReplayReport; readonly currency: string }) {
  const t = () => props.report.totals;
  const money = (a: string) => reportMoney(a, props.currency);
  return (
    <section class="card report-totals" aria-labelledby="report-totals-title">
      <div class="report-totals-head">
        <h3 id="report-totals-title">Totals</h3>
        <span class="muted">
          {countOf(t().orders, 'order')} · {countOf(t().lines, 'line')} · {countOf(t().units, 'unit')}
        </span>
      </div>
      <dl class="report-figures">
        <div>
          <dt>Gross</dt>
          <dd data-total="gross">{money(t().gross)}</dd>
        </div>
        <div>
          <dt>Promotion saving</dt>
          <dd data-total="saving" class="report-saving">
            {money(t().saving)}
          </dd>
        </div>
        <div>
          <dt>Net</dt>
          <dd data-total="net">{money(t().net)}</dd>
        </div>
        <div>
          <dt>Saving rate</dt>
          <dd data-total="savingRate">{reportPercent(t().savingRate)}</dd>
        </div>
      </dl>
      <p class="muted report-run-facts">
        {countOf(t().ordersWithSaving, 'order')} with a saving
        <Show when={t().customerPriceSaving !== '0' && !/^0(\.0+)?$/.test(t().customerPriceSaving)}> · customer prices saved {money(t().customerPriceSaving)} more (not a promotion's)</Show>
        {' · '}
        {props.report.bundle.name}
        <Show when={props.report.bundle.revision}>{(r) => <> · revision <code class="code-chip">{r().slice(0, 12)}</code></>}</Show>
        {' · '}
        {props.report.solver === 'wasm' ? 'WASM solver' : 'reference solver'}
        {' · '}
        {props.report.sharding.kind === 'byCustomer' ? `${plural(props.report.sharding.shards, 'shard')} by customer` : 'one time-ordered run'}
      </p>
    </section>
  );
}
