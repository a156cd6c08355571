/**
 * The coupon store in memory: for unit tests and for pages without IndexedDB. Writes are staged
 * and applied only when the write finishes without `abort()`, like an IndexedDB transaction.
 */
import type { Coupon } from '../domain/coupon.ts';
import { EMPTY_TALLY } from '../coupons/merge.ts';
import type { CouponRecord, CouponStore, CouponSummaryRecord } from './coupon-db-types.ts';
import { generateInto, mergeRows, type CouponTx } from './coupon-db-write.ts';

const key = (...parts: readonly string[]): string => JSON.stringify(parts);

/** @example const store = makeMemoryCouponStore(); await store.find('ws', 'SPRING-1') // undefined */
export function makeMemoryCouponStore(): CouponStore {
  const codes = new Map<string, CouponRecord>();
  const summaries = new Map<string, CouponSummaryRecord>();

  const write = async <T>(workspaceId: string, promotionId: string, run: (tx: CouponTx) => Promise<T>): Promise<T> => {
    const staged = new Map<string, CouponRecord>();
    let summary: CouponSummaryRecord | undefined;
    let aborted = false;
    const tx: CouponTx = {
      getMany: async (list) => list.map((c) => staged.get(key(workspaceId, c)) ?? codes.get(key(workspaceId, c))),
      put: (r) => void staged.set(key(workspaceId, r.code), r),
      summary: async () => summaries.get(key(workspaceId, promotionId)),
      putSummary: (s) => void (summary = s),
      abort: () => void (aborted = true),
    };
    const out = await run(tx);
    if (!aborted) {
      for (const [k, r] of staged) codes.set(k, r);
      if (summary !== undefined) summaries.set(key(workspaceId, promotionId), summary);
    }
    return out;
  };
  const ofPromotion = (workspaceId: string, promotionId: string): CouponRecord[] =>
    [...codes.values()].filter((r) => r.workspaceId === workspaceId && r.promotionId === promotionId).sort((a, b) => a.seq - b.seq);

  return {
    tally: async (w, p) => summaries.get(key(w, p))?.tally ?? EMPTY_TALLY,
    page: async (w, p, start, count) => ofPromotion(w, p).filter((r) => r.seq >= start && r.seq < start + count).map((r) => r.coupon),
    find: async (w, code) => codes.get(key(w, code))?.coupon,
    findMany: async (w, list) => list.map((c) => codes.get(key(w, c))?.coupon).filter((c): c is Coupon => c !== undefined),
    merge: (w, p, rows, reserved, onProgress) => write(w, p, (tx) => mergeRows(tx, w, p, rows, reserved, onProgress)),
    generate: (w, p, spec, reserved, random) => write(w, p, (tx) => generateInto(tx, w, p, spec, reserved, random)),
    async removePromotion(w, p) {
      for (const r of ofPromotion(w, p)) codes.delete(key(w, r.code));
      summaries.delete(key(w, p));
    },
  };
}
