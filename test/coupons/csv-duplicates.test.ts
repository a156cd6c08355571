import { describe, expect, it } from 'vitest';
import { parseCouponCsv } from '../../src/coupons/csv-reader.ts';

describe('coupon CSV: a duplicate code rejects the file, naming the rows', () => {
  it.each([
    ['twice', ['A', 'B', 'A'], 'Code "A" appears on rows 2, 4'],
    ['three times', ['A', 'A', 'B', 'A'], 'Code "A" appears on rows 2, 3, 5'],
  ])('%s', (_name, codes, message) => {
    const r = parseCouponCsv(`CouponCode\n${codes.join('\n')}\n`);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'coupon-csv-duplicate-code', column: 'CouponCode', row: Number(message.split(', ')[1]) })]);
    expect(r.problems[0]!.message).toContain(message);
  });

  it('codes differing in case or spaces are different codes', () => {
    const r = parseCouponCsv('CouponCode\nabc\nABC\n"abc "\n');
    expect(r.ok && r.value.map((x) => x.code)).toEqual(['abc', 'ABC', 'abc ']);
  });
});
