/**
 * Runs every saved basket through the evaluation pool at once: the pool keeps one basket per
 * worker and queues the rest. Each basket is sent in its stored input form (plain JSON), with its
 * own ledger state when it has one. Cancelling (the signal) makes the pool drop queued baskets and
 * terminate the workers still busy; finished rows are kept and the rest come back `cancelled`.
 */
import type { BatchBasket, BatchRow } from './batch-rows.ts';
import { pendingRows, rowFromResponse } from './batch-rows.ts';
import { workerFailed, type EvaluationPool } from './evaluation-client.ts';

export interface BatchInput extends BatchBasket {
  /** The order as stored (input form, plain JSON). */
  readonly order: unknown;
  readonly state?: unknown;
}

export interface BatchRequest {
  readonly bundle: unknown;
  /** Workspace revision: each worker parses the bundle once for the whole run. */
  readonly bundleKey?: string;
  readonly baskets: readonly BatchInput[];
}

export interface BatchRunOptions {
  readonly signal?: AbortSignal;
  /** Called as each basket finishes (in completion order) with its index and row. */
  readonly onRow?: (index: number, row: BatchRow) => void;
}

/**
 * @example const rows = await runBatch(pool, { bundle, bundleKey, baskets }, { signal, onRow: (i, row) => update(i, row) });
 */
export async function runBatch(pool: EvaluationPool, request: BatchRequest, options: BatchRunOptions = {}): Promise<BatchRow[]> {
  const rows = pendingRows(request.baskets);
  const settings = request.bundleKey === undefined ? {} : { bundleKey: request.bundleKey };
  await Promise.all(
    request.baskets.map(async (basket, index) => {
      const outcome = await pool.run((api) => api.evaluateBasket(request.bundle, basket.order, basket.state, settings), options.signal === undefined ? {} : { signal: options.signal });
      const base = { basketId: basket.id, name: basket.name };
      const row: BatchRow =
        outcome.kind === 'aborted'
          ? { ...base, kind: 'cancelled' }
          : rowFromResponse(basket, outcome.kind === 'done' ? outcome.value : workerFailed(outcome.message));
      rows[index] = row;
      options.onRow?.(index, row);
    }),
  );
  return rows;
}
