/**
 * What leaves the workbench: an exported bundle carries every code, the coupon store's appended
 * to the bundle's own `coupons`, so production reads one list of `Coupon`s (the same schema) and
 * needs no second source. The store is read a page at a time.
 */
import type { Bundle } from '../domain/bundle.ts';
import type { Coupon } from '../domain/coupon.ts';
import type { CouponStore } from '../storage/coupon-db-types.ts';

const PAGE = 10_000;

/**
 * @example const full = await bundleWithStoredCodes(bundle, store, workspaceId); full.coupons.length
 */
export async function bundleWithStoredCodes(bundle: Bundle, store: CouponStore, workspaceId: string): Promise<Bundle> {
  const extra: Coupon[] = [];
  for (const p of bundle.promotions) {
    if (p.trigger.kind !== 'coupon' && p.trigger.kind !== 'generatedCoupon') continue;
    const { count } = await store.tally(workspaceId, p.id);
    for (let start = 0; start < count; start += PAGE) extra.push(...(await store.page(workspaceId, p.id, start, PAGE)));
  }
  return extra.length === 0 ? bundle : { ...bundle, coupons: [...bundle.coupons, ...extra] };
}
