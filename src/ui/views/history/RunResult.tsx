import { Show } from 'solid-js';
import type { RunMeta } from '../../../storage/history-db-types.ts';
import type { OpenHistoryOrder } from '../../history/open-history-order.ts';
import { formatInstant, runFacts } from '../../history/history-words.ts';
import { ReportView } from './report/ReportView.tsx';

/**
 * One stored run: what ran (workspace, revision, solver, workers, time) and its report, whose
 * biggest discounts open their orders in the simulator (the report shows a failure to open itself).
 */
export function RunResult(props: { readonly run: RunMeta; readonly openHistoryOrder: OpenHistoryOrder }) {
  return (
    <section class="run-result" aria-labelledby="run-result-title">
      <div class="run-result-head">
        <h3 id="run-result-title">Run of {formatInstant(props.run.startedAt)}</h3>
        <span class="muted">{runFacts(props.run)}</span>
      </div>
      <Show when={props.run.report} fallback={<p class="muted">This run has no report.</p>}>
        {(report) => <ReportView report={report()} title="Report" historyId={props.run.historyId} openHistoryOrder={props.openHistoryOrder} />}
      </Show>
    </section>
  );
}
