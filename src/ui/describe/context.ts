import type { Bundle } from '../../domain/bundle.ts';

/** What describing needs to know about the rest of the bundle: names for ids, currency, zone. */
export interface DescribeContext {
  readonly currency: string;
  readonly timeZone: string;
  productName(id: string): string;
  promotionName(id: string): string;
  scriptName(id: string): string;
  /** Number of codes the bundle holds for a promotion. */
  couponCount(promotionId: string): number;
}

/**
 * Builds the lookups once per bundle; unknown ids read as the id itself in quotes.
 * @example const ctx = makeDescribeContext(bundle); ctx.productName('p-1') // 'Cola 330 ml'
 */
export function makeDescribeContext(bundle: Bundle): DescribeContext {
  const products = new Map(bundle.products.map((p) => [p.id, p.name]));
  const promotions = new Map(bundle.promotions.map((p) => [p.id, p.name]));
  const scripts = new Map(bundle.scripts.map((s) => [s.id, s.name]));
  const coupons = new Map<string, number>();
  for (const c of bundle.coupons) coupons.set(c.promotionId, (coupons.get(c.promotionId) ?? 0) + 1);
  return {
    currency: bundle.currency,
    timeZone: bundle.timeZone,
    productName: (id) => products.get(id) ?? `"${id}"`,
    promotionName: (id) => promotions.get(id) ?? `"${id}"`,
    scriptName: (id) => scripts.get(id) ?? `"${id}"`,
    couponCount: (id) => coupons.get(id) ?? 0,
  };
}
