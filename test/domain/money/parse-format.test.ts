import { describe, expect, it } from 'vitest';
import { formatMoney, tryParseMoney, percentToBp } from '../../../src/domain/money.ts';

describe('parse and format per ISO 4217 exponent', () => {
  it.each([
    ['12.50', 'USD', 1250n, '12.50'],
    ['12.5', 'EUR', 1250n, '12.50'],
    ['0.07', 'GBP', 7n, '0.07'],
    ['-3', 'CAD', -300n, '-3.00'],
    ['1999', 'JPY', 1999n, '1999'],
    ['1.234', 'BHD', 1234n, '1.234'],
    ['99999999.99', 'AUD', 9999999999n, '99999999.99'],
  ])('%s %s → %s minor → %s', (text, currency, minor, formatted) => {
    const r = tryParseMoney(text, currency);
    expect(r).toEqual({ ok: true, minor });
    expect(formatMoney(minor, currency)).toBe(formatted);
  });

  it.each([
    ['12.505', 'USD', 'more decimals'],
    ['1.5', 'JPY', 'more decimals'],
    ['1.2345', 'BHD', 'more decimals'],
    ['abc', 'USD', 'not a decimal'],
    ['1e3', 'USD', 'not a decimal'],
    ['1.00', 'XXX', 'unknown currency'],
  ])('rejects %s %s', (text, currency, message) => {
    const r = tryParseMoney(text, currency);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });

  it.each([
    ['10', 1000],
    ['12.5', 1250],
    ['0.01', 1],
    ['100', 10000],
  ])('percent %s is %i bp', (p, bp) => expect(percentToBp(p)).toBe(bp));
});
