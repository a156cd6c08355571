/**
 * How the engine sees codes kept in the coupon store: an evaluation gets only the stored codes
 * the order entered (found by exact key lookup), appended to the bundle's own `coupons`, so the
 * engine, the WASM solver and production keep reading ONE list of `Coupon`s and never a million.
 * The bundle's own codes come first and win (the engine takes the first exact match).
 */
import type { Coupon } from '../domain/coupon.ts';

const record = (x: unknown): Record<string, unknown> | undefined => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : undefined);

/**
 * The entered codes (of an order in input form) that the bundle's own list lacks: the ones to
 * look up in the store. Anything malformed yields no codes; validation reports it later.
 * @example codesToLookUp({ coupons: [{ code: 'A' }] }, { coupons: ['A', 'W-1', 'W-1'] }) // ['W-1']
 */
export function codesToLookUp(bundleInput: unknown, orderInput: unknown): string[] {
  const entered = record(orderInput)?.['coupons'];
  if (!Array.isArray(entered)) return [];
  const own = record(bundleInput)?.['coupons'];
  const listed = new Set(Array.isArray(own) ? own.map((c) => record(c)?.['code']) : []);
  return [...new Set(entered.filter((c): c is string => typeof c === 'string' && !listed.has(c)))];
}

/**
 * The bundle (input form) with `found` appended to its coupons; the same object when none.
 * @example bundleWithCoupons(bundle, [{ code: 'W-1', promotionId: 'p', active: true, maxUses: 1, usageCount: 0 }])
 */
export function bundleWithCoupons(bundleInput: unknown, found: readonly Coupon[]): unknown {
  const b = record(bundleInput);
  if (found.length === 0 || b === undefined) return bundleInput;
  const own = Array.isArray(b['coupons']) ? (b['coupons'] as unknown[]) : [];
  return { ...b, coupons: [...own, ...found] };
}
