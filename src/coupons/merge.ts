/**
 * How a CSV row changes the code it names (SPEC §11): a new code takes the row's values with the
 * SPEC's defaults (active, at most 1 use); an existing code keeps every value the row leaves out.
 */
import type { Coupon } from '../domain/coupon.ts';
import type { CouponCsvRow } from './csv-row.ts';

/**
 * The code after the row is applied. `existing` must be the same promotion's code (a code taken by
 * another promotion is refused before this is called). An empty date cell removes that bound; a
 * missing date column keeps it. A missing UsageCount is 0 for a new code and unchanged otherwise.
 * @example mergeCoupon(undefined, { row: 2, code: 'A1' }, 'p1')
 *   // { code: 'A1', promotionId: 'p1', active: true, maxUses: 1, usageCount: 0 }
 */
export function mergeCoupon(existing: Coupon | undefined, row: CouponCsvRow, promotionId: string): Coupon {
  const base: Coupon = existing ?? { code: row.code, promotionId, active: true, maxUses: 1, usageCount: 0 };
  const out: { -readonly [K in keyof Coupon]: Coupon[K] } = {
    ...base,
    active: row.active ?? base.active,
    maxUses: row.maxUses !== undefined ? row.maxUses : base.maxUses,
    usageCount: row.usageCount ?? base.usageCount,
  };
  if (row.firstUsage === null) delete out.firstUsage;
  else if (row.firstUsage !== undefined) out.firstUsage = row.firstUsage;
  if (row.lastUsage === null) delete out.lastUsage;
  else if (row.lastUsage !== undefined) out.lastUsage = row.lastUsage;
  return out;
}

/** A code's standing as the panel counts it, apart from any order's date. */
export interface CouponTally {
  readonly count: number;
  readonly active: number;
  /** Used at least once. */
  readonly used: number;
  /** Used `maxUses` times or more (an unlimited code is never exhausted). */
  readonly exhausted: number;
}

export const EMPTY_TALLY: CouponTally = { count: 0, active: 0, used: 0, exhausted: 0 };

export const isExhausted = (c: Pick<Coupon, 'maxUses' | 'usageCount'>): boolean => c.maxUses !== null && c.usageCount >= c.maxUses;

/**
 * The tally with `before` taken out and `after` put in (either may be absent), so a store keeps
 * its counts exact while it writes codes one by one.
 * @example retally(EMPTY_TALLY, undefined, coupon) // { count: 1, active: 1, used: 0, exhausted: 0 }
 */
export function retally(t: CouponTally, before: Coupon | undefined, after: Coupon | undefined): CouponTally {
  const weigh = (c: Coupon | undefined, sign: number) =>
    c === undefined ? [0, 0, 0, 0] : [sign, c.active ? sign : 0, c.usageCount > 0 ? sign : 0, isExhausted(c) ? sign : 0];
  const [c1, a1, u1, e1] = weigh(before, -1);
  const [c2, a2, u2, e2] = weigh(after, 1);
  return {
    count: t.count + c1! + c2!,
    active: t.active + a1! + a2!,
    used: t.used + u1! + u2!,
    exhausted: t.exhausted + e1! + e2!,
  };
}

/**
 * What a code's row says in an export's Status column: `inactive`, `exhausted`, or, against
 * `today` (the bundle zone's date), `notYetValid`/`expired`; otherwise `usable`.
 * @example couponStatus({ active: true, maxUses: 1, usageCount: 1 }) // 'exhausted'
 */
export function couponStatus(c: Pick<Coupon, 'active' | 'maxUses' | 'usageCount' | 'firstUsage' | 'lastUsage'>, today?: string): string {
  if (!c.active) return 'inactive';
  if (isExhausted(c)) return 'exhausted';
  if (today !== undefined && c.firstUsage !== undefined && today < c.firstUsage) return 'notYetValid';
  if (today !== undefined && c.lastUsage !== undefined && today > c.lastUsage) return 'expired';
  return 'usable';
}
