/**
 * Order history import: the contract other parts build on (history-ui imports files through it,
 * the CLI streams files through it). An order history is a file of past orders in one of two
 * formats (docs/order-history.md):
 * - `csv`: one row per order LINE; rows sharing an `orderId` form one order, wherever they sit in
 *   the file (they need not be adjacent);
 * - `jsonl`: one order per line, in the domain's `OrderInput` form (as in a basket file).
 * The reader validates with the domain schemas and turns money into minor units with the domain's
 * money parser (decimal.js), so no float ever holds an amount.
 */
import type { Customer, Order, Severity } from '../domain/index.ts';

export type HistoryFormat = 'csv' | 'jsonl';

/**
 * Stable codes of row-level problems (tests and the import UI key on them).
 * - `missing-column`: the CSV header lacks a required column (file-level, row 1)
 * - `unknown-column`: the CSV header has a column the format does not know (warning; ignored)
 * - `duplicate-column`: the CSV header names a column twice
 * - `malformed-row`: the CSV row could not be split into fields (quotes), or has too many/few fields
 * - `invalid-json`: a JSON line is not JSON
 * - `invalid-value`: a field fails the domain schema (money, instant, quantity, channel…)
 * - `conflicting-order-field`: rows of one order disagree on an order-level field (at, customer, outlet…)
 * - `duplicate-line-id`: two rows of one order carry the same lineId
 * - `duplicate-order`: a JSON line repeats an order id already read
 * - `too-many-lines`: an order has more lines than `limits.maxLinesPerOrder`
 * - `quantity-too-large`: a line's quantity is above `limits.maxQuantity`
 * - `too-many-problems`: more problems than `maxProblems`; later ones are only counted
 */
export type HistoryProblemCode =
  | 'missing-column' | 'unknown-column' | 'duplicate-column' | 'malformed-row' | 'invalid-json'
  | 'invalid-value' | 'conflicting-order-field' | 'duplicate-line-id' | 'duplicate-order'
  | 'too-many-lines' | 'quantity-too-large' | 'too-many-problems';

/** A problem in one row of the file. */
export interface HistoryProblem {
  readonly code: HistoryProblemCode;
  readonly severity: Severity;
  /** Says what and where, e.g. `row 12, column unitPrice: "1.2.3" is not a decimal amount`. */
  readonly message: string;
  /** 1-based physical line of the file (CSV: the header is row 1; JSONL: the first order is row 1). */
  readonly row: number;
  /** CSV column name, or for JSONL the JSON path inside the order (`$.lines[0].quantity`). */
  readonly column?: string;
  /** The order the row belongs to, when it could be read. Its whole order is skipped on an error. */
  readonly orderId?: string;
}

/** Guards against files that would exhaust memory or the engine's search. */
export interface HistoryLimits {
  /** Lines (CSV rows) per order. Default 500. */
  readonly maxLinesPerOrder: number;
  /** Units per line. Default 10,000 (the engine expands each unit). */
  readonly maxQuantity: number;
  /** Problems kept in full; later ones are counted only. Default 1,000. */
  readonly maxProblems: number;
}

export interface HistoryReaderOptions {
  readonly format: HistoryFormat;
  /** The bundle's currency: every amount is read in its minor units. */
  readonly currency: string;
  /**
   * Customer records (usually the bundle's `customers`): a CSV `customerId` found here becomes
   * that record (segments, points…), so promotions see the customer as the bundle describes them.
   * Unknown ids become `{ id }` plus the row's `customerSegments`.
   */
  readonly customers?: readonly Customer[];
  /**
   * Receives each valid order. CSV orders are emitted by `end()` (rows of one order may be anywhere
   * in the file), in the order of their first row; JSON lines are emitted as they are read.
   * Without it, `end()` returns them in `orders`.
   */
  readonly onOrder?: (order: Order) => void;
  /** Receives each problem as it is found (also kept in the summary, up to `maxProblems`). */
  readonly onProblem?: (problem: HistoryProblem) => void;
  readonly limits?: Partial<HistoryLimits>;
}

export interface HistoryCounts {
  /** Data rows read (CSV rows after the header, or JSON lines; blank lines are not counted). */
  readonly rows: number;
  /** Order lines in valid orders. */
  readonly lines: number;
  /** Valid orders emitted. */
  readonly orders: number;
  /** Rows with at least one error. */
  readonly badRows: number;
  /** Orders left out because one of their rows had an error (the whole order is skipped). */
  readonly skippedOrders: number;
  /** Problems found (errors and warnings), including those past `maxProblems`. */
  readonly problems: number;
}

export interface HistorySummary {
  readonly counts: HistoryCounts;
  /** The first `maxProblems` problems, in file order. */
  readonly problems: readonly HistoryProblem[];
  /** Ids of the orders skipped because of a bad row (the first `maxProblems`). */
  readonly skippedOrderIds: readonly string[];
  /** The valid orders, when no `onOrder` callback was given; empty otherwise. */
  readonly orders: readonly Order[];
}

/**
 * A push parser: feed text chunks as they arrive (a chunk may end mid-row), then `end()`.
 * It never throws on bad input: everything wrong is a `HistoryProblem`.
 * @example const r = createHistoryReader({ format: 'csv', currency: 'USD' }); r.push(text); r.end().orders
 */
export interface HistoryReader {
  push(chunk: string): void;
  /** Flushes the last row, validates and emits the grouped orders, returns the summary. */
  end(): HistorySummary;
  /** Counts so far (for a progress bar while pushing). */
  counts(): HistoryCounts;
}
