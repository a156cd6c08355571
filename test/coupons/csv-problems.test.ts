import { describe, expect, it } from 'vitest';
import { MAX_LISTED_PROBLEMS, parseCouponCsv } from '../../src/coupons/csv-reader.ts';

const HEADER = 'CouponCode,IsActive,MaximumUsage,UsageCount,FirstUsage,LastUsage';

describe('coupon CSV: a bad cell rejects the file, naming row and column', () => {
  it.each([
    ['', 'CouponCode', 'coupon-csv-empty-code'],
    ['A1,maybe,1,0,,', 'IsActive', 'coupon-csv-bad-boolean'],
    ['A1,true,-1,0,,', 'MaximumUsage', 'coupon-csv-bad-count'],
    ['A1,true,1.5,0,,', 'MaximumUsage', 'coupon-csv-bad-count'],
    ['A1,true,1,x,,', 'UsageCount', 'coupon-csv-bad-count'],
    ['A1,true,1,0,2026-03-01,', 'FirstUsage', 'coupon-csv-bad-date'],
    ['A1,true,1,0,31/02/2026,', 'FirstUsage', 'coupon-csv-unreal-date'],
    ['A1,true,1,0,,29/02/2027', 'LastUsage', 'coupon-csv-unreal-date'],
    ['A1,true,1,0,,01/13/2026', 'LastUsage', 'coupon-csv-unreal-date'],
    ['A1,true,1,0,02/03/2026,01/03/2026', 'LastUsage', 'coupon-csv-dates-reversed'],
    ['"A\tB",true,1,0,,', 'CouponCode', 'coupon-csv-control-character'],
  ])('row 3 %j → %s %s', (line, column, code) => {
    const text = line === '' ? `${HEADER}\nGOOD,true,1,0,,\n,true,1,0,,\n` : `${HEADER}\nGOOD,true,1,0,,\n${line}\n`;
    const r = parseCouponCsv(text);
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code, severity: 'error', row: 3, column });
    expect(r.problems[0]!.message).toMatch(new RegExp(`^Row 3, ${column}: `));
  });

  it.each([
    ['', 'coupon-csv-empty-file'],
    ['IsActive,MaximumUsage\ntrue,1\n', 'coupon-csv-missing-code-column'],
    ['CouponCode,CouponCode\nA,B\n', 'coupon-csv-repeated-column'],
  ])('header %j → %s', (text, code) => {
    const r = parseCouponCsv(text);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.code)).toContain(code);
  });

  it('an unknown column is only a warning', () => {
    const r = parseCouponCsv('CouponCode,Colour\nA1,red\n');
    expect(r).toEqual({ ok: true, value: [{ row: 2, code: 'A1' }], problems: [expect.objectContaining({ code: 'coupon-csv-unknown-column', severity: 'warning', column: 'Colour' })] });
  });

  it('lists a bounded number of problems and counts the rest', () => {
    const lines = Array.from({ length: MAX_LISTED_PROBLEMS + 5 }, (_, i) => `C${i},maybe`);
    const r = parseCouponCsv(`CouponCode,IsActive\n${lines.join('\n')}\n`);
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(!r.ok && r.unlisted).toBe(5);
  });
});

describe('coupon CSV: broken quoting', () => {
  it('names the row where the unclosed quote starts', () => {
    const r = parseCouponCsv('CouponCode,IsActive\nA1,true\n"B2,true\nC3,true\n');
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual(expect.objectContaining({ code: 'coupon-csv-malformed', row: 3 }));
  });
});
