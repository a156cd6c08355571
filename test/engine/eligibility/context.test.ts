import { describe, expect, it } from 'vitest';
import { makeContext } from '../../../src/engine/eligibility/index.ts';
import { bundle, ctx, customer, ledger, order } from '../../support/eligibility-factories.ts';

describe('makeContext', () => {
  it('gross subtotal is Σ unit price × quantity over every line, manual-price lines included', () => {
    const c = ctx({ order: { lines: [
      { id: 'a', productId: 'shoe', quantity: 2, unitPrice: '50.00' },
      { id: 'b', productId: 'sock', quantity: 3, unitPrice: '4.99', manualPrice: true },
    ] } });
    expect(c.grossSubtotal).toBe(11497n);
  });

  it('reads the order in the bundle zone by default, in the outlet zone when the caller knows it', () => {
    const at = '2026-05-05T02:30:00-04:00'; // 4 May 23:30 in Vancouver
    expect(ctx({ order: { at } })).toMatchObject({ timeZone: 'America/Toronto', local: { day: 5, hour: 2 }, bundleLocalDate: '2026-05-05' });
    const west = ctx({ order: { at, outlet: 'w' }, hooks: { outletTimeZones: { w: 'America/Vancouver' } } });
    // Coupon dates stay in the bundle zone even when the outlet has its own.
    expect(west).toMatchObject({ timeZone: 'America/Vancouver', local: { day: 4, hour: 23, weekday: 'mon' }, bundleLocalDate: '2026-05-05' });
  });

  it('an unknown bundle zone falls back to UTC with a warning', () => {
    const c = makeContext(bundle({ timeZone: 'Nowhere/City' }), order(), ledger());
    expect(c.timeZone).toBe('UTC');
    expect(c.problems).toEqual([expect.objectContaining({ code: 'unknown-time-zone', severity: 'warning' })]);
  });

  it('the ledger\'s points balance replaces the order\'s record', () => {
    expect(ctx({ order: { customer: customer({ points: 10 }) }, state: { points: { c1: 75 } } }).customer?.points).toBe(75);
    expect(ctx({ order: { customer: customer({ points: 10 }) } }).customer?.points).toBe(10);
    expect(ctx().customer).toBeUndefined();
  });
});
