import type { RunSide } from '../../history/load-compared-runs.ts';
import type { OpenHistoryOrder } from '../../history/open-history-order.ts';
import { CompareView } from './compare/CompareView.tsx';

/** Two runs of one history compared (the older as "before"): the one place CompareView is mounted. */
export function RunCompare(props: {
  readonly before: RunSide;
  readonly after: RunSide;
  readonly historyId: string;
  readonly openHistoryOrder: OpenHistoryOrder;
  readonly onClose: () => void;
}) {
  return (
    <section class="card run-compare" aria-labelledby="run-compare-title">
      <div class="run-result-head">
        <h3 id="run-compare-title">Compare runs</h3>
        <button type="button" class="btn btn-ghost" onClick={() => props.onClose()}>
          Close
        </button>
      </div>
      <CompareView before={props.before} after={props.after} historyId={props.historyId} openHistoryOrder={props.openHistoryOrder} />
    </section>
  );
}
