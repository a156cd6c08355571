import { describe, expect, it } from 'vitest';
import { checkExpectation } from '../../../src/ui/simulator/expectation-check.ts';
import { result } from '../../support/simulator-factories.ts';

const r = result(
  [
    { promotionId: 'a', status: 'applied', saving: '3.60', applications: 1, message: '' },
    { promotionId: 'b', status: 'notApplied', reason: 'couponMissing', message: '' },
  ],
  { totals: { gross: '36.00', customerPriceSaving: '0.00', promotionSaving: '3.60', net: '32.40', shipping: '0.00', shippingDiscount: '0.00', toPay: '32.40' } },
);

describe('checkExpectation', () => {
  it.each([
    [{ promotionSaving: '3.60' }, [true]],
    [{ promotionSaving: '3.6' }, [true]], // same money, other spelling
    [{ promotionSaving: '3.61' }, [false]],
    [{ net: '32.40' }, [true]],
    [{ applied: ['a'] }, [true]],
    [{ applied: [] }, [false]],
    [{ applied: ['a', 'b'] }, [false]],
    [{ notApplied: { b: 'couponMissing' } }, [true]],
    [{ notApplied: { b: 'lostBestDeal', a: 'couponMissing' } }, [false, false]],
    [{ promotionSaving: '3.60', applied: ['a'] }, [true, true]],
    [{}, []],
  ] as const)('%j → %j', (expected, oks) => {
    expect(checkExpectation(expected, r).map((c) => c.ok)).toEqual(oks);
  });

  it('says what the result had instead', () => {
    expect(checkExpectation({ notApplied: { a: 'couponMissing', z: 'inactive' } }, r).map((c) => c.actual)).toEqual(['applied', 'not in the result']);
  });
});
