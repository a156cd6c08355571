import { describe, expect, it } from 'vitest';
import { parseCouponCsv } from '../../src/coupons/csv-reader.ts';

const HEADER = 'CouponCode,IsActive,MaximumUsage,UsageCount,FirstUsage,LastUsage';

describe('coupon CSV: a good row reads into what it says', () => {
  it.each([
    ['every column', 'A1,true,3,1,01/03/2026,31/03/2026', { code: 'A1', active: true, maxUses: 3, usageCount: 1, firstUsage: '2026-03-01', lastUsage: '2026-03-31' }],
    ['empty cells are not given; empty dates remove the bound', 'A1,,,,,', { code: 'A1', firstUsage: null, lastUsage: null }],
    ['booleans 0/1 and yes/no', 'A1,no,0,0,,', { code: 'A1', active: false, maxUses: 0, usageCount: 0, firstUsage: null, lastUsage: null }],
    ['unlimited', 'A1,YES,Unlimited,7,,', { code: 'A1', active: true, maxUses: null, usageCount: 7, firstUsage: null, lastUsage: null }],
    ['one-digit day and month, 29 Feb in a leap year', 'A1,1,1,0,1/2/2028,29/02/2028', { code: 'A1', active: true, maxUses: 1, usageCount: 0, firstUsage: '2028-02-01', lastUsage: '2028-02-29' }],
    ['codes keep case and spaces', '" a b ",true,1,0,,', { code: ' a b ', active: true, maxUses: 1, usageCount: 0, firstUsage: null, lastUsage: null }],
  ])('%s', (_name, line, expected) => {
    const r = parseCouponCsv(`${HEADER}\n${line}\n`);
    expect(r).toEqual({ ok: true, value: [{ row: 2, ...expected }], problems: [] });
  });

  it('reads columns in any order and case; absent columns stay absent', () => {
    const r = parseCouponCsv('maximumusage,couponcode\r\n5,B2\r\n');
    expect(r).toEqual({ ok: true, value: [{ row: 2, code: 'B2', maxUses: 5 }], problems: [] });
  });

  it('skips blank lines but counts them in row numbers', () => {
    const r = parseCouponCsv(`${HEADER}\n\nA1,true,1,0,,\n`);
    expect(r.ok && r.value.map((x) => x.row)).toEqual([3]);
  });

  it('ignores a byte order mark and the Status column of its own exports', () => {
    const r = parseCouponCsv(`\uFEFFCouponCode,Status\nA1,exhausted\n`);
    expect(r).toEqual({ ok: true, value: [{ row: 2, code: 'A1' }], problems: [] });
  });
});
