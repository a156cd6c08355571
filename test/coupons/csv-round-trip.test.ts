import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCouponCsv } from '../../src/coupons/csv-reader.ts';
import { couponCsv } from '../../src/coupons/csv-write.ts';
import { mergeCoupon } from '../../src/coupons/merge.ts';
import type { Coupon } from '../../src/domain/coupon.ts';
import { runs } from '../support/fc-runs.ts';

const day = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const coupon = fc.record(
  {
    code: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[\u0000-\u001f\u007f]/.test(s)),
    active: fc.boolean(),
    maxUses: fc.option(fc.nat(1000), { nil: null }),
    usageCount: fc.nat(1000),
    firstUsage: day,
    lastUsage: day,
  },
  { requiredKeys: ['code', 'active', 'maxUses', 'usageCount'] },
).map((c): Coupon => ({ ...c, promotionId: 'p1', ...(c.firstUsage !== undefined && c.lastUsage !== undefined && c.lastUsage < c.firstUsage ? { lastUsage: c.firstUsage } : {}) }));

describe('coupon CSV: export then import gives the same codes', () => {
  it('for any codes (quotes, commas, spaces, unicode, unlimited, dates)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(coupon, { selector: (c) => c.code, maxLength: 20 }), (coupons) => {
        const r = parseCouponCsv(couponCsv(coupons));
        expect(r.ok).toBe(true);
        const back = r.ok ? r.value.map((row) => mergeCoupon(undefined, row, 'p1')) : [];
        expect(back).toEqual(coupons);
      }),
      runs(300),
    );
  });

  it('writes status and DD/MM/YYYY dates', () => {
    const text = couponCsv([{ code: 'a,b', promotionId: 'p1', active: true, maxUses: 2, usageCount: 2, firstUsage: '2026-03-01' }]);
    expect(text).toBe('CouponCode,IsActive,MaximumUsage,UsageCount,FirstUsage,LastUsage,Status\r\n"a,b",true,2,2,01/03/2026,,exhausted\r\n');
  });
});
