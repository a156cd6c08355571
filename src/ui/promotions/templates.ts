import type { Bundle } from '../../domain/bundle.ts';

/** A starting point for a new promotion: the common retail forms, written as promotion input JSON. */
export interface PromotionTemplate {
  readonly key: string;
  readonly title: string;
  readonly summary: string;
  /** The new promotion (input JSON) for a bundle; `id` is unique in it. */
  readonly make: (bundle: Bundle, id: string) => Record<string, unknown>;
}

const categoryFilter = (category: string) => ({ kind: 'filter', filter: { kind: 'attr', attribute: 'category', op: 'eq', value: category } });

/** The most common category in the catalog: a template's first guess the analyst then changes. */
function aCategory(bundle: Bundle): string {
  const counts = new Map<string, number>();
  for (const p of bundle.products) {
    const c = p.attributes['category'];
    if (typeof c === 'string') counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'grocery';
}

const base = (id: string, name: string, rule: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  status: 'draft',
  priority: 1,
  ...extra,
  rule,
});

export const TEMPLATES: readonly PromotionTemplate[] = [
  {
    key: 'buy-n-cheapest-free',
    title: 'Buy N, get the cheapest free',
    summary: 'Every set of 3 qualifying items: the cheapest one is free.',
    make: (b, id) =>
      base(id, 'Buy 3, cheapest free', {
        kind: 'itemDeal', selection: { qualifying: categoryFilter(aCategory(b)) }, combination: 'any', target: 'cheapestQualifying',
        tiers: [{ threshold: { kind: 'buys', quantity: 3 }, reward: { kind: 'free' } }],
      }),
  },
  {
    key: 'n-for-x',
    title: 'N for $X',
    summary: 'Any 3 qualifying items together cost a fixed total.',
    make: (b, id) =>
      base(id, '3 for 10', {
        kind: 'itemDeal', selection: { qualifying: categoryFilter(aCategory(b)) }, combination: 'any', target: 'allQualifying',
        tiers: [{ threshold: { kind: 'buys', quantity: 3 }, reward: { kind: 'fixedTotal', amount: '10.00' } }],
      }),
  },
  {
    key: 'percent-off-category',
    title: '% off a category',
    summary: 'Every item of one category at a percentage off.',
    make: (b, id) =>
      base(id, `15 % off ${aCategory(b)}`, {
        kind: 'itemDeal', selection: { qualifying: categoryFilter(aCategory(b)) }, combination: 'any', target: 'allQualifying',
        tiers: [{ threshold: { kind: 'buysAtLeast', quantity: 1 }, reward: { kind: 'percent', percent: '15' } }],
      }),
  },
  {
    key: 'spend-tiers',
    title: 'Spend tiers',
    summary: 'Spend more, save more: the highest spend reached sets the rate.',
    make: (_b, id) =>
      base(id, 'Spend 50 / 100 / 200', {
        kind: 'slidingDiscount', basis: 'amount',
        steps: [
          { from: '50.00', reward: { kind: 'percent', percent: '5' } },
          { from: '100.00', reward: { kind: 'percent', percent: '10' } },
          { from: '200.00', reward: { kind: 'percent', percent: '15' } },
        ],
      }),
  },
  {
    key: 'amount-off-order-over',
    title: '$ off orders over X',
    summary: 'A fixed amount off when the order reaches a subtotal.',
    make: (_b, id) =>
      base(id, '10 off orders over 75', { kind: 'orderDiscount', reward: { kind: 'amountOff', amount: '10.00' } }, {
        conditions: { kind: 'leaf', field: 'subtotal', op: 'gte', value: '75.00' },
      }),
  },
  {
    key: 'coupon',
    title: 'Coupon promotion',
    summary: 'Applies only when one of its codes is entered; generate the codes below.',
    make: (_b, id) =>
      base(id, 'Coupon: 10 % off', { kind: 'orderDiscount', reward: { kind: 'percent', percent: '10' } }, { trigger: { kind: 'coupon' } }),
  },
  {
    key: 'buy-a-get-b-half',
    title: 'Buy A, get B at 50 %',
    summary: 'Buy a qualifying item and the cheapest benefit item is half price.',
    make: (b, id) => {
      const [a, x] = b.products;
      return base(id, 'Buy A, get B half price', {
        kind: 'itemDeal',
        selection: { qualifying: { kind: 'products', ids: [a?.id ?? 'A'] }, benefit: { kind: 'products', ids: [x?.id ?? 'B'] } },
        combination: 'any', target: 'cheapestBenefit',
        tiers: [{ threshold: { kind: 'buys', quantity: 1 }, reward: { kind: 'percent', percent: '50' } }],
      });
    },
  },
  {
    key: 'free-shipping-over',
    title: 'Free shipping over X',
    summary: 'Shipping is free once the order reaches a subtotal.',
    make: (_b, id) =>
      base(id, 'Free shipping over 50', { kind: 'shippingDiscount', reward: { kind: 'free' } }, {
        conditions: { kind: 'leaf', field: 'subtotal', op: 'gte', value: '50.00' },
      }),
  },
  {
    key: 'blank',
    title: 'Blank',
    summary: 'An empty automatic item deal to fill in yourself.',
    make: (_b, id) =>
      base(id, 'New promotion', {
        kind: 'itemDeal', selection: {}, target: 'allQualifying',
        tiers: [{ threshold: { kind: 'buysAtLeast', quantity: 1 }, reward: { kind: 'percent', percent: '10' } }],
      }),
  },
];

/**
 * An id not used by any promotion of the bundle, derived from a name ("Buy 3, cheapest free" →
 * "buy-3-cheapest-free", then "-2", "-3"…).
 */
export function freshId(bundle: Pick<Bundle, 'promotions'>, name: string): string {
  const stem = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'promotion';
  const taken = new Set(bundle.promotions.map((p) => p.id));
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
