import { describe, expect, it } from 'vitest';
import type { OrderInput } from '../../../src/domain/index.ts';
import { checkTrigger } from '../../../src/engine/eligibility/index.ts';
import { ctx, promo } from '../../support/eligibility-factories.ts';

const manual = promo({ id: 'm1', trigger: { kind: 'manual', maxAmount: '20.00' }, rule: { kind: 'fixedAmount' } });
const request = { promotionId: 'm1', amount: '5.00' };

describe('manual trigger: requested AND staff holds applyManualDiscount (SPEC §3.1)', () => {
  it.each<[string, Partial<OrderInput>, string | true]>([
    ['requested by permitted staff', { manual: [request], user: { permissions: ['applyManualDiscount'] } }, true],
    ['example 18: requested without the permission', { manual: [request], user: { permissions: ['couponOverride'] } }, 'permissionMissing'],
    ['requested with no staff user', { manual: [request] }, 'permissionMissing'],
    ['permission held but not requested', { user: { permissions: ['applyManualDiscount'] } }, 'manualNotRequested'],
    ['another promotion requested', { manual: [{ promotionId: 'm2' }], user: { permissions: ['applyManualDiscount'] } }, 'manualNotRequested'],
  ])('%s', (_name, order, expected) => {
    const c = checkTrigger(manual, ctx({ order }));
    expect(c.ok ? true : c.reason).toBe(expected);
  });

  it('example 18: the reason names the permission', () => {
    const c = checkTrigger(manual, ctx({ order: { manual: [request] } }));
    expect(c).toEqual({
      ok: false, reason: 'permissionMissing',
      message: 'Requested, but the staff member lacks the permission applyManualDiscount.',
      missing: 'permission applyManualDiscount',
    });
  });
});
