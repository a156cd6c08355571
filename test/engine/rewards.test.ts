import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import { bundleOf, itemDeal, orderOf, promo } from '../support/engine-factories.ts';

const pct = (percent: string) => ({ kind: 'percent', percent }) as const;

describe('non-item rewards and engine choices (docs/engine.md)', () => {
  it('combo multi: highest rebate on the cheapest item (15 % of 50 + 10 % of 80 = 15.50)', () => {
    const b = bundleOf([promo('c', { kind: 'combo', mode: 'multi', tiers: [{ items: 2, reward: pct('10') }, { items: 3, reward: pct('15') }] })]);
    const r = evaluate(b, orderOf([{ price: '100.00', product: 'A' }, { price: '80.00', product: 'B' }, { price: '50.00', product: 'C' }]));
    expect(r.totals.promotionSaving).toBe('15.50');
    // Booked by the §8 default for non-item rules (whole set, in proportion to price, R2):
    // 1550 × 100/230 = 673.9, × 80/230 = 539.1, × 50/230 = 336.96 → floors 1548, +1 to 336.96 and 673.9.
    expect(r.lines.map((l) => l.promotionSaving)).toEqual(['6.74', '5.39', '3.37']);
    expect(r.applications[0]!.unitsRewarded.map((u) => u.lineId)).toEqual(['l2', 'l3']);
  });

  it('free shipping lowers toPay, not the promotion saving', () => {
    const b = bundleOf([promo('s', { kind: 'shippingDiscount', reward: { kind: 'free' } })]);
    const r = evaluate(b, orderOf([{ price: '20.00' }], { shipping: '5.00' }));
    expect(r.totals).toMatchObject({ promotionSaving: '0.00', shipping: '5.00', shippingDiscount: '5.00', toPay: '20.00' });
    expect(r.promotions[0]).toMatchObject({ status: 'applied', saving: '5.00' });
  });

  it('an exclusive order discount that saves less than customer prices is not awarded', () => {
    const b = bundleOf([promo('o', { kind: 'orderDiscount', reward: pct('10') }, { concurrency: 'exclusive' })]);
    const r = evaluate(b, orderOf([{ price: '10.00', customerPrice: '8.00' }]));
    expect(r.promotions[0]).toMatchObject({ status: 'notApplied', reason: 'worseThanCustomerPrice' });
    expect(r.totals.net).toBe('8.00');
  });

  it('a failing dispersion script fails only its promotion; the level is solved again without it', () => {
    const b = bundleOf([
      promo('s', itemDeal({ kind: 'buys', quantity: 2 }, { kind: 'free' }, 'cheapestQualifying'), { dispersion: { scriptId: 'bad' } }),
      promo('t', itemDeal({ kind: 'buysAtLeast', quantity: 1 }, pct('10'), 'allQualifying')),
    ]);
    const r = evaluate(b, orderOf([{ price: '10.00', qty: 2 }]), undefined, {
      dispersionScript: () => ({ ok: false, message: 'division by zero at 3:7' }),
    });
    expect(r.promotions[0]).toMatchObject({ status: 'notApplied', reason: 'scriptError' });
    expect(r.promotions[0]!.message).toContain('division by zero');
    expect(r.promotions[1]).toMatchObject({ status: 'applied', saving: '2.00' });
  });

  it('a dispersion script chooses where the saving is booked, not how much', () => {
    const b = bundleOf([promo('s', itemDeal({ kind: 'buys', quantity: 2 }, { kind: 'free' }, 'cheapestQualifying'), { dispersion: { scriptId: 'd' } })]);
    const order = orderOf([{ price: '10.00', product: 'A' }, { price: '6.00', product: 'B' }]);
    const r = evaluate(b, order, undefined, { dispersionScript: () => ({ ok: true, financial: 1, product: 0 }) });
    // The 6.00 unit is free; booked most-expensive-first over the set, all on the 10.00 unit.
    expect(r.totals.promotionSaving).toBe('6.00');
    expect(r.lines.map((l) => l.promotionSaving)).toEqual(['6.00', '0.00']);
  });

  it('lines priced by hand take no automatic promotion', () => {
    const b = bundleOf([promo('o', { kind: 'orderDiscount', reward: pct('10') })]);
    const r = evaluate(b, orderOf([{ price: '10.00', manualPrice: true }, { price: '20.00' }]));
    expect(r.lines.map((l) => l.promotionSaving)).toEqual(['0.00', '2.00']);
  });
});
