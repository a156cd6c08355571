/**
 * The promotion's codes as one coupon CSV file (stored and inline codes), built in pieces of
 * 5,000 read from the store: the text of a million codes is never one string, and the page stays
 * responsive between pieces.
 */
import type { Coupon } from '../../../domain/coupon.ts';
import { CSV_HEADER, couponCsvLines } from '../../../coupons/csv-write.ts';
import type { CouponStore } from '../../../storage/coupon-db-types.ts';

const PIECE = 5000;

/** @example const blob = await couponCsvBlob(store, ws, 'p-spring', 100_000, inline) */
export async function couponCsvBlob(store: CouponStore, workspaceId: string, promotionId: string, storedCount: number, inline: readonly Coupon[], today?: string): Promise<Blob> {
  const parts: string[] = [CSV_HEADER, couponCsvLines(inline, today)];
  for (let start = 0; start < storedCount; start += PIECE) {
    parts.push(couponCsvLines(await store.page(workspaceId, promotionId, start, PIECE), today));
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/** Hands `blob` to the browser as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
