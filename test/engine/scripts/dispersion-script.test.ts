import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index.ts';
import { itemDeal, orderOf, promo } from '../../support/engine-factories.ts';
import { QA_DISPERSION_SCRIPT, bookings, bundleWithScripts, customerWith } from '../../support/script-factories.ts';

/**
 * The SPEC §9 sample script decides where a fixed-total saving is booked (SPEC §8), by the
 * customer's QA_DiscountFinancialDispersion field. `evaluate` runs it without any option.
 *
 * Any 3 of A, B, C for $25: A $15 (tax 20 %), B $12 (5 %), C $4 (0 %) = $31 → saving $6.00.
 * D $5 (tax 1 %) is not in the deal. Bookings by hand:
 * - (0, 0) proportional over the set (R2): 600 × 1500/3100 = 290.32, × 1200/3100 = 232.26,
 *   × 400/3100 = 77.42 → 290 + 232 + 77 = 599, the last cent to the largest remainder (C): 2.90 / 2.32 / 0.78.
 * - (1, 1) most expensive rewarded unit first, filled up to its price: A takes all 6.00.
 * - (4, 3) lowest tax rate first over every discountable line: C (0 %) 4.00, then D (1 %) 2.00 —
 *   D is outside the deal's set, which is what "all discountable order lines" allows.
 * - no customer: the field reads nothing, no branch matches and the script outputs its defaults
 *   swapped as the sample writes them (financial ← product default 0, product ← financial default 0): (0, 0).
 */
const deal = (dispersion: Record<string, unknown>) =>
  promo('toys', itemDeal({ kind: 'buys', quantity: 3 }, { kind: 'fixedTotal', amount: '25.00' }, 'allQualifying', {
    selection: { qualifying: { kind: 'products', ids: ['A', 'B', 'C'] } },
  }), { dispersion });

const lines = [
  { product: 'A', price: '15.00', taxRate: 2000 },
  { product: 'B', price: '12.00', taxRate: 500 },
  { product: 'C', price: '4.00', taxRate: 0 },
  { product: 'D', price: '5.00', taxRate: 100 },
];

const scripted = bundleWithScripts([deal({ scriptId: 'qa' })], [{ id: 'qa', source: QA_DISPERSION_SCRIPT }]);
const PROPORTIONAL = { 'l1#0': '2.90', 'l2#0': '2.32', 'l3#0': '0.78' };

describe('DiscountFinancialDispersion script (SPEC §9 sample)', () => {
  it.each([
    { qa: '0', booked: PROPORTIONAL },
    { qa: '1', booked: { 'l1#0': '6.00' } },
    { qa: '4', booked: { 'l3#0': '4.00', 'l4#0': '2.00' } },
    { qa: '7', booked: PROPORTIONAL },
    { qa: undefined, booked: PROPORTIONAL },
  ])('QA value $qa books $booked', ({ qa, booked }) => {
    const order = orderOf(lines, qa === undefined ? {} : { customer: customerWith({ QA_DiscountFinancialDispersion: qa }) });
    const r = evaluate(scripted, order);
    expect(bookings(r, 'toys')).toEqual(booked);
    expect([r.totals.promotionSaving, r.totals.net]).toEqual(['6.00', '30.00']);
    expect(r.promotions[0]).toMatchObject({ status: 'applied', saving: '6.00' });
  });

  it('without a script the rule default (proportional over the set) books the same total', () => {
    const r = evaluate(bundleWithScripts([deal({})], []), orderOf(lines, { customer: customerWith({ QA_DiscountFinancialDispersion: '1' }) }));
    expect(bookings(r, 'toys')).toEqual(PROPORTIONAL);
  });

  it("a caller's dispersion hook replaces the bundle's script", () => {
    const order = orderOf(lines, { customer: customerWith({ QA_DiscountFinancialDispersion: '1' }) });
    // (2, 1): cheapest rewarded unit first: C 4.00, then B 2.00.
    const r = evaluate(scripted, order, undefined, { dispersionScript: () => ({ ok: true, financial: 2, product: 1 }) });
    expect(bookings(r, 'toys')).toEqual({ 'l3#0': '4.00', 'l2#0': '2.00' });
  });
});
