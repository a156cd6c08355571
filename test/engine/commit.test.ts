import { describe, expect, it } from 'vitest';
import { emptyState, type LedgerState } from '../../src/domain/index.ts';
import { commit, evaluate } from '../../src/engine/index.ts';
import { bundleOf, orderOf, promo } from '../support/engine-factories.ts';

const tenPercent = { kind: 'orderDiscount', reward: { kind: 'percent', percent: '10' } } as const;
const customer = { id: 'c1', points: 250 };

describe('commit: the ledger after an order', () => {
  it('replays a customer\'s orders in time order until maxUsesPerCustomer is reached', () => {
    const bundle = bundleOf([promo('p1', tenPercent, { limits: { maxUsesPerCustomer: 2 } })]);
    let state: LedgerState = emptyState();
    const statuses: string[] = [];
    for (const [i, at] of ['2026-05-01T10:00:00Z', '2026-05-02T10:00:00Z', '2026-05-03T10:00:00Z'].entries()) {
      const order = orderOf([{ price: '20.00' }], { id: `o-${i}`, at, customer });
      const result = evaluate(bundle, order, state);
      statuses.push(result.promotions[0]!.status === 'applied' ? 'applied' : result.promotions[0]!.reason);
      state = commit(state, order, result, bundle);
    }
    expect(statuses).toEqual(['applied', 'applied', 'limitReached']);
    expect(state.customerUses['p1']).toEqual({ c1: 2 });
    expect(state.promotionUses['p1']).toBe(2);
  });

  it('never mutates the state it is given', () => {
    const bundle = bundleOf([promo('p1', tenPercent)]);
    const state = emptyState();
    const order = orderOf([{ price: '20.00' }], { customer });
    const next = commit(state, order, evaluate(bundle, order, state), bundle);
    expect(state.promotionUses).toEqual({});
    expect(next.promotionUses).toEqual({ p1: 1 });
  });

  it('draws the budget down with its period start and spends loyalty points', () => {
    const bundle = bundleOf([
      promo('b', tenPercent, { limits: { budget: { amount: '3.00', reload: 'startOfMonth' } } }),
      promo('l', { kind: 'percentage', percent: '5' }, { trigger: { kind: 'loyalty', pointsCost: 100 }, priority: 2 }),
    ]);
    const order = orderOf([{ price: '20.00' }], { customer, at: '2026-05-14T10:00:00Z' });
    const result = evaluate(bundle, order);
    // b: 10 % of 20.00 = 2.00 within the 3.00 budget; l then takes 5 % of 18.00 = 0.90 for 100 points.
    expect(result.totals.promotionSaving).toBe('2.90');
    expect(result.pointsSpent).toBe(100);
    const next = commit(emptyState(), order, result, bundle);
    expect(next.budgets['b']).toEqual({ c1: { spent: '2.00', periodStart: '2026-05-01' } });
    expect(next.points).toEqual({ c1: 150 });
    // The second order only has 1.00 of budget left.
    const again = evaluate(bundle, { ...order, id: 'o-2' }, next);
    expect(again.promotions[0]).toMatchObject({ status: 'applied', saving: '1.00' });
  });

  it('records coupon uses and issued codes with their relative expiry', () => {
    const bundle = bundleOf([
      promo('gen', { kind: 'generateCoupon', targetPromotionId: 'next' }),
      promo('next', tenPercent, { trigger: { kind: 'generatedCoupon' }, schedule: { relativeExpiry: { amount: 7, unit: 'days' } } }),
      promo('cp', tenPercent, { trigger: { kind: 'coupon' } }),
    ], { coupons: [{ code: 'SAVE', promotionId: 'cp', maxUses: null }] });
    const order = orderOf([{ price: '20.00' }], { customer, coupons: ['SAVE'], at: '2026-05-01T10:00:00Z' });
    const result = evaluate(bundle, order);
    expect(result.coupons).toEqual([expect.objectContaining({ code: 'SAVE', status: 'applied' })]);
    expect(result.issuedCoupons).toHaveLength(1);
    const issued = result.issuedCoupons[0]!;
    expect(issued).toMatchObject({ promotionId: 'next', issuedBy: 'gen', customerId: 'c1' });
    expect(evaluate(bundle, order).issuedCoupons[0]!.code).toBe(issued.code);
    const next = commit(emptyState(), order, result, bundle);
    expect(next.couponUses).toEqual({ SAVE: 1 });
    expect(next.issuedCoupons).toEqual([{ ...issued, issuedAt: '2026-05-01T10:00:00Z', expiresAt: '2026-05-08T10:00:00Z' }]);
  });
});
