import { describe, expect, it } from 'vitest';
import { formatAmount, formatDate, formatDateTime, formatPercent, listInWords } from '../../../src/ui/describe/format.ts';

describe('formatAmount', () => {
  it.each([
    ['5', 'USD', '$5.00'],
    ['0.5', 'EUR', '€0.50'],
    ['-3.25', 'USD', '−$3.25'],
    ['1000', 'JPY', '¥1,000'],
    // Thousands separators in the whole part only, never in the decimals.
    ['1234567.5', 'USD', '$1,234,567.50'],
    ['-161146.03', 'USD', '−$161,146.03'],
    ['999.999', 'BHD', '999.999 BHD'],
    ['1000.125', 'BHD', '1,000.125 BHD'],
    ['1.5', 'SEK', '1.50 SEK'],
    ['0.125', 'BHD', '0.125 BHD'],
    // An amount the currency cannot hold is shown as written rather than rounded.
    ['0.125', 'USD', '$0.125'],
  ])('%s %s → %s', (amount, currency, expected) => {
    expect(formatAmount(amount, currency)).toBe(expected);
  });
});

describe('dates and lists', () => {
  it.each([
    ['2026-05-05', '5 May 2026'],
    ['2026-12-31', '31 Dec 2026'],
    ['not a date', 'not a date'],
  ])('formatDate(%s)', (input, expected) => expect(formatDate(input)).toBe(expected));
  it('drops midnight, keeps other times', () => {
    expect(formatDateTime('2026-05-05T00:00')).toBe('5 May 2026');
    expect(formatDateTime('2026-05-05T09:05:00')).toBe('5 May 2026 09:05');
  });
  it('percent trims trailing zeros only after a decimal point', () => {
    expect([formatPercent('10'), formatPercent('12.50'), formatPercent('100.00')]).toEqual(['10 %', '12.5 %', '100 %']);
  });
  it('lists read naturally', () => {
    expect([listInWords([]), listInWords(['a']), listInWords(['a', 'b']), listInWords(['a', 'b', 'c'], 'or')]).toEqual(['', 'a', 'a and b', 'a, b or c']);
  });
});
