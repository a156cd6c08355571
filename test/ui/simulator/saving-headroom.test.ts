import { describe, expect, it } from 'vitest';
import { savingHeadroom } from '../../../src/ui/simulator/result-view.ts';

const result = (optimal: boolean, promotionSaving: string, bound?: string, currency = 'USD') =>
  ({ optimal, currency, totals: { promotionSaving }, ...(bound === undefined ? {} : { bound }) });

// A cut-off search says how far from the best deal its answer can be, exactly, in money.
describe('savingHeadroom', () => {
  it.each([
    ['a cut-off search with a bound', result(false, '104.44', '105.20'), '0.76'],
    ['a bound equal to the saving', result(false, '10.00', '10.00'), '0.00'],
    ['three-decimal currency', result(false, '1.001', '2.5', 'BHD'), '1.499'],
    ['large amounts, exactly', result(false, '12345678901.23', '12345678901.99'), '0.76'],
    ['a proven result', result(true, '10.00', '12.00'), undefined],
    ['no bound', result(false, '10.00'), undefined],
    ['an unreadable bound', result(false, '10.00', 'abc'), undefined],
  ])('%s', (_name, r, expected) => {
    expect(savingHeadroom(r)).toBe(expected);
  });
});
