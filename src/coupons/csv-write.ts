/**
 * Writes codes as the coupon CSV (SPEC §11) that `csv-reader.ts` reads back unchanged, plus a
 * derived Status column for people (ignored on import). Lines end with CRLF, as spreadsheets
 * expect; dates are DD/MM/YYYY; an unlimited code's MaximumUsage is `unlimited`.
 */
import type { Coupon } from '../domain/coupon.ts';
import { COUPON_COLUMNS, STATUS_COLUMN } from './csv-row.ts';
import { couponStatus } from './merge.ts';

export const CSV_HEADER = `${[...COUPON_COLUMNS, STATUS_COLUMN].join(',')}\r\n`;

/**
 * One line per code, each ending with CRLF (no header: see `CSV_HEADER`), so large exports are
 * written in chunks.
 * @example couponCsvLines([{ code: 'A1', promotionId: 'p', active: true, maxUses: 1, usageCount: 0, lastUsage: '2026-03-31' }])
 *   // 'A1,true,1,0,,31/03/2026,usable\r\n'
 */
export function couponCsvLines(coupons: readonly Coupon[], today?: string): string {
  let out = '';
  for (const c of coupons) {
    out += `${field(c.code)},${c.active},${c.maxUses ?? 'unlimited'},${c.usageCount},${date(c.firstUsage)},${date(c.lastUsage)},${couponStatus(c, today)}\r\n`;
  }
  return out;
}

/** @example couponCsv(coupons) // 'CouponCode,IsActive,…,Status\r\nA1,true,1,0,,,usable\r\n' */
export const couponCsv = (coupons: readonly Coupon[], today?: string): string => CSV_HEADER + couponCsvLines(coupons, today);

/**
 * Quotes a cell when CSV needs it (comma, quote, line break, or edge spaces a reader might trim).
 * Formula-like cells (= + - @) are not altered: a code must come back byte for byte.
 */
export function field(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** YYYY-MM-DD → DD/MM/YYYY; no bound is an empty cell. */
function date(iso: string | undefined): string {
  if (iso === undefined) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
