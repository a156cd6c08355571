import { describe, expect, it } from 'vitest';
import type { PromotionInput } from '../../src/domain/index.ts';
import { planShards, shardOf } from '../../src/replay/index.ts';
import { bundleOf, orderOf, promo } from '../support/engine-factories.ts';

const off = { kind: 'orderDiscount', reward: { kind: 'amountOff', amount: '1.00' } } as PromotionInput['rule'];
const orders = ['c1', 'c2', 'c3', 'c4', undefined].flatMap((c, i) => [0, 1].map((k) => orderOf([{ price: '5.00' }], {
  id: `o${i}-${k}`, at: `2026-03-0${1 + k}T1${i}:00:00Z`, ...(c === undefined ? {} : { customer: { id: c } }),
})));

/** Bundles with state shared by all customers, and the promotion to blame. */
const SHARED: readonly { name: string; promotions: PromotionInput[]; coupons?: unknown[]; blame: string }[] = [
  { name: 'a total use limit', promotions: [promo('p', off, { limits: { maxUsesTotal: 10 } })], blame: 'p' },
  { name: 'a shared coupon with a use limit', promotions: [promo('p', off, { trigger: { kind: 'coupon' } })], coupons: [{ code: 'X', promotionId: 'p', maxUses: 3 }], blame: 'p' },
  { name: 'generated codes not bound to a customer', promotions: [promo('g', off, { trigger: { kind: 'generatedCoupon', bindToCustomer: false } })], blame: 'g' },
  { name: 'bound generated codes on orders without a customer', promotions: [promo('g', off, { trigger: { kind: 'generatedCoupon', bindToCustomer: true } })], blame: 'g' },
];

describe('planShards', () => {
  it('splits by customer when all state is per customer: a customer never spans shards', () => {
    const plan = planShards(bundleOf([promo('p', off, { limits: { maxUsesPerCustomer: 1, budget: { amount: '3.00', reload: 'monthly' } } })]), [...orders].reverse(), { shards: 3 });
    expect(plan.kind).toBe('byCustomer');
    expect(plan.shards.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(plan.shards.flatMap((s) => s.orders).length).toBe(orders.length);
    for (const s of plan.shards) {
      for (const o of s.orders) expect(shardOf(o.customer?.id, o.id, 3)).toBe(s.index);
      const ats = s.orders.map((o) => Date.parse(o.at));
      expect(ats).toEqual([...ats].sort((a, b) => a - b));
    }
  });

  it.each(SHARED)('keeps one time-ordered shard with $name', ({ promotions, coupons, blame }) => {
    const plan = planShards(bundleOf(promotions, coupons === undefined ? {} : { coupons: coupons as never }), orders, { shards: 4 });
    expect(plan.kind).toBe('single');
    expect(plan.shards).toHaveLength(1);
    expect(plan.shards[0]!.orders.map((o) => o.id)).toEqual(['o0-0', 'o1-0', 'o2-0', 'o3-0', 'o4-0', 'o0-1', 'o1-1', 'o2-1', 'o3-1', 'o4-1']);
    expect(plan.notes.map((n) => [n.code, n.promotionIds])).toEqual([['promotion-wide-state', [blame]]]);
  });

  it('shards anyway when asked to approximate, and says so', () => {
    const plan = planShards(bundleOf(SHARED[0]!.promotions), orders, { shards: 2, approximate: true });
    expect(plan.kind).toBe('byCustomer');
    expect(plan.notes.map((n) => n.code)).toEqual(['approximated-promotion-wide-limits']);
  });

  it('ignores unlimited discount codes and codes bound to one customer', () => {
    const plan = planShards(bundleOf([promo('d', off, { trigger: { kind: 'coupon', flavour: 'discountCode' } }), promo('p', off, { trigger: { kind: 'coupon' } })], {
      coupons: [{ code: 'D', promotionId: 'd', maxUses: 5 }, { code: 'MINE', promotionId: 'p', maxUses: 1, customerId: 'c1' }] as never,
    }), orders, { shards: 2 });
    expect(plan.kind).toBe('byCustomer');
  });
});
