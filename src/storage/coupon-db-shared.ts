/**
 * The page's one coupon store: IndexedDB when the browser offers it, memory otherwise (a private
 * window without storage still works for the session, and says nothing is kept).
 */
import type { CouponStore } from './coupon-db-types.ts';
import { openIdbCouponStore } from './coupon-db.ts';
import { makeMemoryCouponStore } from './coupon-db-memory.ts';

let shared: Promise<{ readonly store: CouponStore; readonly persistent: boolean }> | undefined;

/** @example const { store } = await sharedCouponStore(); await store.tally(workspaceId, promotionId) */
export function sharedCouponStore(): Promise<{ readonly store: CouponStore; readonly persistent: boolean }> {
  shared ??= openIdbCouponStore().then(
    (store) => ({ store, persistent: true }),
    () => ({ store: makeMemoryCouponStore(), persistent: false }),
  );
  return shared;
}
