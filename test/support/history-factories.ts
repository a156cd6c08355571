import { createHistoryReader, type HistoryReaderOptions, type HistorySummary } from '../../src/history/index.ts';

/** The documented header, for tables of rows. */
export const HEADER = 'orderId,at,customerId,outlet,channel,productId,quantity,unitPrice,customerPrice,coupons';

/** Reads `text` in pieces of `chunk` characters (1 = the worst case for a push parser). */
export function readHistory(text: string, options: Partial<HistoryReaderOptions> = {}, chunk = text.length || 1): HistorySummary {
  const reader = createHistoryReader({ format: 'csv', currency: 'USD', ...options });
  for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk));
  return reader.end();
}

/** A CSV text from a header and rows (joined by "\n", ending with one). */
export const csv = (header: string, ...rows: string[]): string => `${[header, ...rows].join('\n')}\n`;
