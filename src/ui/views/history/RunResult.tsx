import { Show } from 'solid-js';
import type { RunMeta } from '../../../storage/history-db-types.ts';
import type { OpenHistoryOrder } from '../../history/open-history-order.ts';
import { formatInstant, runFacts } from '../../history/history-words.ts';
import { RunTotals } from './RunTotals.tsx';

/**
 * One stored run: what ran (workspace, revision, solver, workers, time) and its report. The one
 * place the report is mounted: report-ui's `<ReportView report historyId openHistoryOrder title />`
 * replaces `RunTotals` here when its branch is merged.
 */
export function RunResult(props: { readonly run: RunMeta; readonly openHistoryOrder: OpenHistoryOrder; readonly onProblem: (message: string) => void }) {
  const open = (orderId: string) => {
    void props.openHistoryOrder(props.run.historyId, orderId).then((r) => {
      if (!r.ok) props.onProblem(r.problems.map((p) => p.message).join(' '));
    });
  };
  return (
    <section class="run-result" aria-labelledby="run-result-title">
      <div class="run-result-head">
        <h3 id="run-result-title">Run of {formatInstant(props.run.startedAt)}</h3>
        <span class="muted">{runFacts(props.run)}</span>
      </div>
      <Show when={props.run.report} fallback={<p class="muted">This run has no report.</p>}>
        {(report) => <RunTotals report={report()} openOrder={open} />}
      </Show>
    </section>
  );
}
