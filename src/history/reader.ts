import type { Order } from '../domain/index.ts';
import { CustomerDirectory } from './customers.ts';
import { CsvHistoryReader } from './csv-reader.ts';
import { JsonlHistoryReader } from './jsonl-reader.ts';
import { historyLimits } from './limits.ts';
import { ProblemLog } from './problem-log.ts';
import type { HistoryCounts, HistoryReader, HistoryReaderOptions, HistorySummary } from './types.ts';

/**
 * A push parser for an order history (docs/order-history.md). Never throws on bad input: every
 * problem is a `HistoryProblem`, and the orders of bad rows are left out and listed.
 * @example
 * const reader = createHistoryReader({ format: 'csv', currency: 'USD', onOrder: (o) => orders.push(o) });
 * for await (const chunk of stream) reader.push(chunk);
 * const { counts, problems } = reader.end();
 */
export function createHistoryReader(options: HistoryReaderOptions): HistoryReader {
  const limits = historyLimits(options.limits);
  const log = new ProblemLog(limits.maxProblems, options.onProblem);
  const customers = new CustomerDirectory(options.customers);
  const collected: Order[] = [];
  const emit = options.onOrder ?? ((o: Order) => void collected.push(o));

  if (options.format === 'jsonl') {
    const r = new JsonlHistoryReader(options.currency, limits, log, customers, emit);
    const counts = (): HistoryCounts => ({
      rows: r.rows, lines: r.lines, orders: r.orders, badRows: log.badRows, skippedOrders: r.skippedOrders, problems: log.count,
    });
    return {
      push: (chunk) => r.push(chunk),
      end: (): HistorySummary => {
        r.end();
        return { counts: counts(), problems: log.kept, skippedOrderIds: r.skippedOrderIds, orders: collected };
      },
      counts,
    };
  }

  const r = new CsvHistoryReader(options.currency, limits, log, customers);
  const g = r.grouper;
  const counts = (): HistoryCounts => ({
    rows: r.rows, lines: g.lines, orders: g.orders, badRows: log.badRows, skippedOrders: g.skippedOrders, problems: log.count,
  });
  return {
    push: (chunk) => r.push(chunk),
    end: (): HistorySummary => {
      r.end();
      g.finish(emit, limits.maxProblems);
      return { counts: counts(), problems: log.kept, skippedOrderIds: g.skippedOrderIds, orders: collected };
    },
    counts,
  };
}
