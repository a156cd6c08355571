/**
 * Writes orders as an order-history CSV (the reader's format): one row per line, the order-level
 * columns filled on the order's first row only (the reader takes an empty cell as "same order").
 * Used by the sample-history generator and the benchmark, and by anyone exporting a history.
 */
import type { Order } from '../domain/index.ts';
import { bpToPercent } from '../domain/index.ts';
import { CSV_HEADER, LIST_SEPARATOR } from './columns.ts';

/** The header row (with its newline). */
export const historyCsvHeader = (): string => `${CSV_HEADER.join(',')}\n`;

/**
 * The rows of one order (with newlines), in `CSV_HEADER` column order.
 * @example historyCsvHeader() + orders.map(orderToCsvRows).join('')
 */
export function orderToCsvRows(order: Order): string {
  let out = '';
  order.lines.forEach((line, i) => {
    const first = i === 0;
    const c = order.customer;
    const cells = [
      order.id,
      first ? order.at : '',
      first && c !== undefined ? c.id : '',
      first && c !== undefined ? c.segments.join(LIST_SEPARATOR) : '',
      first ? (order.outlet ?? '') : '',
      first ? order.channel : '',
      first ? order.orderType : '',
      first && order.shipping !== '0' ? order.shipping : '',
      first ? order.coupons.join(LIST_SEPARATOR) : '',
      line.id,
      line.productId,
      String(line.quantity),
      line.unitPrice,
      line.customerPrice ?? '',
      line.taxRate === undefined ? '' : bpToPercent(line.taxRate),
    ];
    out += `${cells.map(cell).join(',')}\n`;
  });
  return out;
}

/** Quotes a cell that holds a comma, a quote or a line break (RFC 4180). */
function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
