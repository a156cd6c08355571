/**
 * The CSV columns of an order history (docs/order-history.md). One row per order line; the
 * order-level columns repeat on every row of the order or are left empty after its first row.
 */

/** Columns read once per order: rows of one order must agree on them (or leave them empty). */
export const ORDER_COLUMNS = [
  'orderId', 'at', 'customerId', 'customerSegments', 'outlet', 'channel', 'orderType', 'shipping', 'coupons', 'properties',
] as const;
/** Columns read per row (per order line). */
export const LINE_COLUMNS = ['lineId', 'productId', 'quantity', 'unitPrice', 'customerPrice', 'manualPrice', 'taxRate'] as const;

export type OrderColumn = (typeof ORDER_COLUMNS)[number];
export type LineColumn = (typeof LINE_COLUMNS)[number];
export type HistoryColumn = OrderColumn | LineColumn;

export const HISTORY_COLUMNS: readonly HistoryColumn[] = [...ORDER_COLUMNS, ...LINE_COLUMNS];

/** A history file without one of these cannot be read at all. */
export const REQUIRED_COLUMNS: readonly HistoryColumn[] = ['orderId', 'at', 'productId', 'quantity', 'unitPrice'];

/** The header the sample file and `writeHistoryCsv` use, in this order. */
export const CSV_HEADER: readonly HistoryColumn[] = [
  'orderId', 'at', 'customerId', 'customerSegments', 'outlet', 'channel', 'orderType', 'shipping', 'coupons',
  'lineId', 'productId', 'quantity', 'unitPrice', 'customerPrice', 'taxRate',
];

/** Separator of list values inside one field (coupons, segments, properties). */
export const LIST_SEPARATOR = ';';

const BY_LOWER: ReadonlyMap<string, HistoryColumn> = new Map(HISTORY_COLUMNS.map((c) => [c.toLowerCase(), c]));

/** The column a header cell names (case and surrounding spaces ignored), or undefined. */
export function columnOf(header: string): HistoryColumn | undefined {
  return BY_LOWER.get(header.trim().toLowerCase());
}
