import { createMemo, Show } from 'solid-js';
import { reportToCsv } from '../../../../replay/report-csv.ts';
import type { ReplayReport } from '../../../../replay/types.ts';
import { createOrderOpener, type OpenHistoryOrderFn } from '../../../history/create-order-opener.ts';
import { downloadText, reportFileName, reportJsonText } from '../../../history/report-export.ts';
import { GroupTables } from './GroupTables.tsx';
import { PromotionTable } from './PromotionTable.tsx';
import { ReportNotes } from './ReportNotes.tsx';
import { ReportTotals } from './ReportTotals.tsx';
import { SavingHistogram } from './SavingHistogram.tsx';
import { SavingOverTime } from './SavingOverTime.tsx';
import { TopDiscounts } from './TopDiscounts.tsx';
import './report.css';

export interface ReportViewProps {
  readonly report: ReplayReport;
  /** The currency amounts are shown in; the report's own by default (they are the same for a stored run). */
  readonly currency?: string;
  /** A heading above the report, e.g. the run's name and date. */
  readonly title?: string;
  /** The stored history the run replayed; with `openHistoryOrder`, each biggest discount opens its order in the simulator. */
  readonly historyId?: string;
  /** History-ui's `openHistoryOrder`; a failure it answers with is shown beside the links. */
  readonly openHistoryOrder?: OpenHistoryOrderFn;
}

/**
 * A replay run's report: totals, notes, the two charts (each with its table), per promotion
 * (sortable), per outlet / channel / day, the biggest discounts, and export as CSV or JSON.
 */
export function ReportView(props: ReportViewProps) {
  const currency = () => props.currency ?? props.report.currency;
  const names = createMemo(() => new Map(props.report.promotions.map((p) => [p.promotionId, p.name])));
  const name = (id: string) => names().get(id) ?? id;
  const opener = createOrderOpener(() => props.historyId, () => props.openHistoryOrder);
  return (
    <section class="report" aria-labelledby="report-title">
      <div class="report-head">
        <h2 id="report-title">{props.title ?? 'Report'}</h2>
        <div class="report-actions">
          <button type="button" class="btn" onClick={() => downloadText(reportToCsv(props.report), reportFileName(props.report, 'csv'), 'text/csv')}>
            Export CSV
          </button>
          <button type="button" class="btn" onClick={() => downloadText(reportJsonText(props.report), reportFileName(props.report, 'json'), 'application/json')}>
            Export JSON
          </button>
        </div>
      </div>
      <ReportTotals report={props.report} currency={currency()} />
      <ReportNotes report={props.report} name={name} />
      <Show when={props.report.totals.orders > 0} fallback={<p class="muted">The history has no orders: nothing to chart.</p>}>
        <div class="report-charts">
          <SavingHistogram buckets={props.report.histogram} currency={currency()} />
          <SavingOverTime days={props.report.byDay} currency={currency()} />
        </div>
      </Show>
      <PromotionTable rows={props.report.promotions} currency={currency()} />
      <GroupTables report={props.report} currency={currency()} />
      <Show when={opener.problem()}>
        <p class="notice notice-error" role="alert">
          {opener.problem()}
        </p>
      </Show>
      <TopDiscounts rows={props.report.topDiscounts} currency={currency()} name={name} openOrder={opener.open()} />
    </section>
  );
}
