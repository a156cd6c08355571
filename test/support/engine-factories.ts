import fc from 'fast-check';
import type { Bundle, BundleInput, Order, OrderInput, PromotionInput } from '../../src/domain/index.ts';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, BundleSchema, OrderSchema } from '../../src/domain/index.ts';

/** A bundle around the given promotions (USD, UTC unless overridden), parsed so defaults are filled. */
export function bundleOf(promotions: readonly PromotionInput[], extra: Partial<BundleInput> = {}): Bundle {
  return BundleSchema.parse({
    format: BUNDLE_FORMAT, formatVersion: BUNDLE_FORMAT_VERSION, name: 'test', currency: 'USD', timeZone: 'UTC',
    promotions, ...extra,
  });
}

export interface LineSpec {
  readonly product?: string;
  readonly price: string;
  readonly qty?: number;
  readonly customerPrice?: string;
  readonly id?: string;
  readonly participant?: string;
  readonly taxRate?: number;
  readonly manualPrice?: boolean;
}

/** An order of the given lines (ids l1, l2… unless given), parsed so defaults are filled. */
export function orderOf(lines: readonly LineSpec[], extra: Partial<OrderInput> = {}): Order {
  return OrderSchema.parse({
    id: 'o-1', at: '2026-05-04T12:00:00Z',
    lines: lines.map((l, i) => ({
      id: l.id ?? `l${i + 1}`, productId: l.product ?? 'A', quantity: l.qty ?? 1, unitPrice: l.price,
      ...(l.customerPrice === undefined ? {} : { customerPrice: l.customerPrice }),
      ...(l.participant === undefined ? {} : { participant: l.participant }),
      ...(l.taxRate === undefined ? {} : { taxRate: l.taxRate }),
      ...(l.manualPrice === undefined ? {} : { manualPrice: l.manualPrice }),
    })),
    ...extra,
  });
}

/** A promotion with sensible defaults: active, automatic, priority 1. */
export function promo(id: string, rule: PromotionInput['rule'], extra: Partial<PromotionInput> = {}): PromotionInput {
  return { id, name: id, rule, ...extra };
}

/** Item deal shorthand: `itemDeal('buys', 2, {kind:'free'}, 'cheapestQualifying')`. */
export function itemDeal(
  threshold: { kind: 'buys' | 'buysAtLeast'; quantity: number } | { kind: 'spendsAtLeast'; amount: string },
  reward: Extract<PromotionInput['rule'], { kind: 'itemDeal' }>['tiers'][number]['reward'],
  target: 'cheapestQualifying' | 'cheapestBenefit' | 'allQualifying' | 'allBenefit',
  extra: Record<string, unknown> = {},
): PromotionInput['rule'] {
  return { kind: 'itemDeal', selection: {}, target, tiers: [{ threshold, reward }], ...extra } as PromotionInput['rule'];
}

// ---- random generators (property tests now, differential tests later) ----

const PRODUCTS = ['A', 'B', 'C', 'D'];
const cents = (min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map((c) => (c / 100).toFixed(2));

const lineArb = fc.record({
  product: fc.constantFrom(...PRODUCTS),
  price: cents(1, 5000),
  qty: fc.integer({ min: 1, max: 4 }),
  customerCut: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
  taxRate: fc.constantFrom(0, 500, 2000),
});

const selectionArb = fc.constantFrom<Record<string, unknown>>(
  {},
  { qualifying: { kind: 'products', ids: ['A', 'B'] } },
  { qualifying: { kind: 'products', ids: ['A'] }, benefit: { kind: 'products', ids: ['C'] } },
);

const percentArb = fc.integer({ min: 1, max: 100 }).map(String);

const itemRewardArb = fc.oneof(
  percentArb.map((percent) => ({ kind: 'percent' as const, percent })),
  cents(1, 1500).map((amount) => ({ kind: 'amountOff' as const, amount })),
  cents(1, 3000).map((amount) => ({ kind: 'setAmountOff' as const, amount })),
  cents(1, 6000).map((amount) => ({ kind: 'fixedTotal' as const, amount })),
  cents(1, 2000).map((amount) => ({ kind: 'unitPrice' as const, amount })),
  fc.constant({ kind: 'free' as const }),
);

const itemDealArb = fc.record({
  selection: selectionArb,
  combination: fc.constantFrom('any', 'same'),
  target: fc.constantFrom('cheapestQualifying', 'cheapestBenefit', 'allQualifying', 'allBenefit'),
  rewardCount: fc.integer({ min: 1, max: 2 }),
  tiers: fc.array(fc.record({
    threshold: fc.oneof(
      fc.record({ kind: fc.constantFrom('buys', 'buysAtLeast'), quantity: fc.integer({ min: 1, max: 4 }) }),
      cents(100, 8000).map((amount) => ({ kind: 'spendsAtLeast', amount })),
    ),
    reward: itemRewardArb,
  }), { minLength: 1, maxLength: 2 }),
}).map((r) => ({ kind: 'itemDeal', ...r }));

const orderRuleArb = fc.oneof(
  fc.record({ kind: fc.constant('orderDiscount'), reward: percentArb.map((percent) => ({ kind: 'percent', percent })) }),
  fc.record({ kind: fc.constant('orderDiscount'), reward: cents(1, 5000).map((amount) => ({ kind: 'amountOff', amount })) }),
);

const promotionArb = (id: string): fc.Arbitrary<PromotionInput> =>
  fc.record({
    rule: fc.oneof({ weight: 3, arbitrary: itemDealArb }, { weight: 1, arbitrary: orderRuleArb }),
    priority: fc.integer({ min: 1, max: 3 }),
    concurrency: fc.constantFrom(undefined, 'exclusive', 'compound', 'compoundOnOriginal'),
  }).map((r) => ({
    id, name: id, priority: r.priority, rule: r.rule as PromotionInput['rule'],
    ...(r.concurrency === undefined ? {} : { concurrency: r.concurrency as 'exclusive' }),
  }));

/** A random bundle of 1–3 promotions (item deals, order discounts; floors on some products). */
export const bundleArb: fc.Arbitrary<Bundle> = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.option(cents(0, 800), { nil: undefined }))
  .chain(([n, floor]) =>
    fc.tuple(...Array.from({ length: n }, (_, i) => promotionArb(`p${i + 1}`))).map((promotions) =>
      bundleOf(promotions, {
        products: floor === undefined ? [] : [{ id: 'B', name: 'B', price: '10.00', floorPrice: floor }],
        settings: { searchBudget: 20_000 },
      }),
    ),
  );

/** A random order of 1–4 lines (some with customer prices). */
export const orderArb: fc.Arbitrary<Order> = fc.array(lineArb, { minLength: 1, maxLength: 4 }).map((lines) =>
  orderOf(lines.map((l) => {
    const price = Math.round(Number(l.price) * 100);
    const cp = l.customerCut === undefined ? undefined : ((price * (100 - l.customerCut)) / 100 / 100).toFixed(2);
    return { product: l.product, price: l.price, qty: l.qty, taxRate: l.taxRate, ...(cp === undefined ? {} : { customerPrice: cp }) };
  })),
);
