import { describe, expect, it } from 'vitest';
import type { Coupon } from '../../src/domain/coupon.ts';
import type { CouponCsvRow } from '../../src/coupons/csv-row.ts';
import { mergeCoupon } from '../../src/coupons/merge.ts';

const existing: Coupon = { code: 'A1', promotionId: 'p1', active: false, maxUses: 5, usageCount: 2, firstUsage: '2026-01-01', lastUsage: '2026-12-31' };
const row = (r: Omit<CouponCsvRow, 'row' | 'code'>): CouponCsvRow => ({ row: 2, code: 'A1', ...r });

describe('coupon CSV merge (SPEC §11)', () => {
  it.each<[string, Omit<CouponCsvRow, 'row' | 'code'>, Coupon]>([
    ['new code, nothing given: active, 1 use, no dates', {}, { code: 'A1', promotionId: 'p1', active: true, maxUses: 1, usageCount: 0 }],
    ['new code, everything given', { active: false, maxUses: null, usageCount: 3, firstUsage: '2026-02-01', lastUsage: '2026-02-28' }, { code: 'A1', promotionId: 'p1', active: false, maxUses: null, usageCount: 3, firstUsage: '2026-02-01', lastUsage: '2026-02-28' }],
    ['new code, empty date cells: no bound', { firstUsage: null, lastUsage: null }, { code: 'A1', promotionId: 'p1', active: true, maxUses: 1, usageCount: 0 }],
  ])('%s', (_name, r, expected) => {
    expect(mergeCoupon(undefined, row(r), 'p1')).toEqual(expected);
  });

  it.each<[string, Omit<CouponCsvRow, 'row' | 'code'>, Partial<Coupon>]>([
    ['existing code, nothing given: unchanged (IsActive, MaximumUsage, UsageCount, dates)', {}, {}],
    ['existing code, IsActive given', { active: true }, { active: true }],
    ['existing code, MaximumUsage given', { maxUses: 9 }, { maxUses: 9 }],
    ['existing code, unlimited', { maxUses: null }, { maxUses: null }],
    ['existing code, UsageCount given', { usageCount: 4 }, { usageCount: 4 }],
    ['existing code, new dates', { firstUsage: '2026-03-01', lastUsage: '2026-03-02' }, { firstUsage: '2026-03-01', lastUsage: '2026-03-02' }],
  ])('%s', (_name, r, change) => {
    expect(mergeCoupon(existing, row(r), 'p1')).toEqual({ ...existing, ...change });
  });

  it('existing code, empty date cells remove its bounds', () => {
    expect(mergeCoupon(existing, row({ firstUsage: null, lastUsage: null }), 'p1')).toEqual({ code: 'A1', promotionId: 'p1', active: false, maxUses: 5, usageCount: 2 });
  });
});
