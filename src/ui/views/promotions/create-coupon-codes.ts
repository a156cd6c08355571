/**
 * The coupon panel's view of one promotion's codes: those in the coupon store (counted by the
 * store's summary, read page by page) and those still in the bundle's own `coupons` list (small
 * sets from older workspaces and imported bundles stay there, valid as they are).
 */
import { createEffect, createMemo, createSignal, on, type Accessor } from 'solid-js';
import type { Coupon } from '../../../domain/coupon.ts';
import { EMPTY_TALLY, retally, type CouponTally } from '../../../coupons/merge.ts';
import { sharedCouponStore } from '../../../storage/coupon-db-shared.ts';
import type { CouponStore } from '../../../storage/coupon-db-types.ts';

export interface CouponCodes {
  readonly store: Accessor<CouponStore | undefined>;
  /** False when the browser gave no IndexedDB: codes last only for this page. */
  readonly persistent: Accessor<boolean>;
  readonly stored: Accessor<CouponTally>;
  readonly inline: Accessor<readonly Coupon[]>;
  /** Stored and inline codes together. */
  readonly total: Accessor<CouponTally>;
  /** Bumped after every write: lists drop their cached pages. */
  readonly version: Accessor<number>;
  /** The bundle's codes as [code, promotion id]: the store must not take them. */
  readonly reserved: Accessor<readonly (readonly [string, string])[]>;
  refresh(): void;
}

/** @example const codes = createCouponCodes(() => ws.currentId(), () => promotionId, () => bundle.coupons) */
export function createCouponCodes(workspaceId: Accessor<string | undefined>, promotionId: Accessor<string | undefined>, bundleCoupons: Accessor<readonly Coupon[]>): CouponCodes {
  const [store, setStore] = createSignal<CouponStore>();
  const [persistent, setPersistent] = createSignal(true);
  const [stored, setStored] = createSignal<CouponTally>(EMPTY_TALLY);
  const [version, setVersion] = createSignal(0);
  void sharedCouponStore().then((s) => {
    setPersistent(s.persistent);
    setStore(s.store);
  });
  const inline = createMemo(() => bundleCoupons().filter((c) => c.promotionId === promotionId()));
  const total = createMemo(() => inline().reduce((t, c) => retally(t, undefined, c), stored()));
  let generation = 0;
  createEffect(
    on([store, workspaceId, promotionId, version], ([s, w, p]) => {
      const mine = ++generation;
      if (s === undefined || w === undefined || p === undefined) return setStored(EMPTY_TALLY);
      // A slower answer for an earlier promotion or version must not overwrite a newer one.
      void s.tally(w, p).then((t) => mine === generation && setStored(t));
    }),
  );
  return {
    store,
    persistent,
    stored,
    inline,
    total,
    version,
    reserved: createMemo(() => bundleCoupons().map((c) => [c.code, c.promotionId] as const)),
    refresh: () => setVersion((v) => v + 1),
  };
}
