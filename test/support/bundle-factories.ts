import { BundleSchema, type Bundle, type BundleInput } from '../../src/domain/bundle.ts';
import type { PromotionInput } from '../../src/domain/promotion.ts';
import { stampRevision } from '../../src/bundle/revision.ts';

/**
 * A small, valid, hand-written bundle: a catalog of four products, one promotion of each common
 * shape, a coupon, a script and a saved basket. Each call returns a fresh copy to mutate.
 */
export function makeBundle(overrides: Partial<BundleInput> = {}): BundleInput {
  const base: BundleInput = {
    format: 'promo-workbench.bundle',
    formatVersion: 1,
    name: 'Corner Shop',
    currency: 'USD',
    timeZone: 'America/New_York',
    settings: { rewardPolicy: 'bestDeal', orderProperties: ['gift-wrap', 'express'], searchBudget: 200_000 },
    products: [
      { id: 'soda', name: 'Soda', price: '1.50', attributes: { category: 'drinks' } },
      { id: 'chips', name: 'Chips', price: '2.00', attributes: { category: 'snacks' } },
      { id: 'candy', name: 'Candy', price: '0.99', attributes: { category: 'snacks' } },
      { id: 'mug', name: 'Mug', price: '8.00' },
    ],
    promotions: [
      makePromotion({
        id: 'p-snacks',
        name: '10% off snacks',
        rule: {
          kind: 'itemDeal',
          selection: { qualifying: { kind: 'filter', filter: { kind: 'attr', attribute: 'category', op: 'eq', value: 'snacks' } } },
          target: 'allQualifying',
          tiers: [{ threshold: { kind: 'buysAtLeast', quantity: 1 }, reward: { kind: 'percent', percent: '10' } }],
        },
      }),
      makePromotion({
        id: 'p-b2g1',
        name: 'Buy 2 get 1 soda',
        rule: {
          kind: 'itemDeal',
          selection: { qualifying: { kind: 'products', ids: ['soda'] } },
          target: 'cheapestQualifying',
          tiers: [
            { threshold: { kind: 'buys', quantity: 3 }, reward: { kind: 'free' } },
            { threshold: { kind: 'buys', quantity: 6 }, reward: { kind: 'percent', percent: '50' } },
          ],
        },
        schedule: { start: '2026-06-01T00:00', end: '2026-07-01T00:00', timeZone: 'America/Chicago' },
      }),
      makePromotion({
        id: 'p-order',
        name: '5 off orders over 50',
        rule: { kind: 'orderDiscount', reward: { kind: 'amountOff', amount: '5.00' } },
        conditions: {
          kind: 'all',
          of: [
            { kind: 'leaf', field: 'subtotal', op: 'gte', value: '50.00' },
            { kind: 'orderProperties', selected: ['express'] },
          ],
        },
      }),
      makePromotion({
        id: 'p-coupon',
        name: 'WELCOME coupon',
        trigger: { kind: 'coupon' },
        rule: { kind: 'orderDiscount', reward: { kind: 'percent', percent: '15' }, maxDiscount: '20.00' },
        conditions: { kind: 'script', scriptId: 's-cond' },
      }),
      makePromotion({
        id: 'p-loyalty',
        name: 'Points for a mug',
        trigger: { kind: 'loyalty', pointsCost: 500 },
        rule: { kind: 'getProduct', gift: { productId: 'mug' } },
      }),
      makePromotion({
        id: 'p-issue',
        name: 'Next visit coupon',
        rule: { kind: 'generateCoupon', targetPromotionId: 'p-coupon' },
      }),
    ],
    coupons: [{ code: 'WELCOME', promotionId: 'p-coupon', maxUses: null }],
    scripts: [
      { id: 's-cond', name: 'Weekday shoppers', extensionPoint: 'DiscountCondition', source: 'return true' },
      { id: 's-disp', name: 'Book on cheapest', extensionPoint: 'DiscountFinancialDispersion', source: 'return 0' },
    ],
    baskets: [
      {
        id: 'b-1',
        name: 'Three sodas',
        order: {
          id: 'o-1',
          at: '2026-06-10T12:00:00-04:00',
          lines: [{ id: 'l-1', productId: 'soda', quantity: 3, unitPrice: '1.50' }],
        },
      },
    ],
  };
  return { ...base, ...overrides };
}

/** A promotion with the fields every test would otherwise repeat. */
export function makePromotion(p: Partial<PromotionInput> & Pick<PromotionInput, 'id' | 'name' | 'rule'>): PromotionInput {
  return { status: 'active', priority: 1, ...p };
}

/** The bundle as a file would hold it: stamped with its revision and pretty-printed. */
export async function bundleText(bundle: object = makeBundle()): Promise<string> {
  return JSON.stringify(await stampRevision(bundle), null, 2);
}

/** The fixture after schema parsing (defaults filled in), as engines and exporters receive it. */
export function makeParsedBundle(overrides: Partial<BundleInput> = {}): Bundle {
  return BundleSchema.parse(makeBundle(overrides));
}
