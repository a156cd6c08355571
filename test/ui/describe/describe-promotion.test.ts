import { describe, expect, it } from 'vitest';
import { describePromotion } from '../../../src/ui/describe/describe-promotion.ts';
import { describeContext, makePromotion } from '../../support/ui-factories.ts';

const rule = { kind: 'orderDiscount', reward: { kind: 'percent', percent: '10' } } as const;

describe('describePromotion', () => {
  it('describes every section of a full promotion', () => {
    const p = makePromotion({
      id: 'vip',
      rule,
      trigger: { kind: 'coupon' },
      schedule: { end: '2026-05-05T00:00' },
      scope: { channels: ['online'], customers: [{ kind: 'leaf', field: 'segments', op: 'contains', value: 'vip' }] },
      conditions: { kind: 'leaf', field: 'subtotal', op: 'gte', value: '50' },
      limits: { maxUsesPerCustomer: 1, budget: { amount: '100', reload: 'startOfMonth' } },
    });
    const ctx = describeContext({ coupons: [{ code: 'VIP10', promotionId: 'vip' }, { code: 'VIP11', promotionId: 'vip' }] });
    expect(describePromotion(p, ctx)).toEqual({
      headline: '10 % off the order',
      kind: 'Order discount',
      trigger: 'Coupon code (2 codes in the bundle)',
      schedule: 'until 5 May 2026 (exclusive) America/Toronto',
      scope: ['Every outlet', 'Only online'],
      customerFilters: [{ kind: 'leaf', text: 'Customer segments contains "vip"' }],
      items: [],
      conditions: { kind: 'leaf', text: 'Order subtotal (before promotions) is at least $50.00' },
      limits: ['At most 1 use per customer', 'Budget of $100.00 per customer, refilled on the 1st of each month'],
      concurrency: 'Compound: applies on top of the price earlier promotions left',
    });
  });

  it('item deals default to exclusive and list their items', () => {
    const p = makePromotion({
      rule: {
        kind: 'itemDeal',
        selection: { qualifying: { kind: 'filter', filter: { kind: 'attr', attribute: 'category', op: 'eq', value: 'drinks' } }, excluded: ['cola'], excludeOnSale: true },
        target: 'cheapestQualifying',
        tiers: [{ threshold: { kind: 'buys', quantity: 2 }, reward: { kind: 'free' } }],
      },
    });
    const words = describePromotion(p, describeContext());
    expect(words.concurrency).toMatch(/^Exclusive/);
    expect(words.items).toEqual(['Qualifying: products where category is "drinks"', 'Never: Cola 330 ml', 'Items on sale never take part']);
    expect(words.trigger).toBe('Automatic: applies whenever its conditions hold');
    expect(words.conditions).toBeUndefined();
  });
});
