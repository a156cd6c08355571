import { describe, expect, it } from 'vitest';
import { codeUses, redemptionRows, redemptionsCsv, type CodeUse } from '../../src/coupons/redemptions.ts';
import { orderOutcome } from '../support/coupon-factories.ts';

const at = '2026-03-02T10:00:00-05:00';

describe('redemptions from a replayed order', () => {
  it.each<[string, readonly (readonly [string, string])[], readonly CodeUse[], readonly (readonly [string, string, string])[]]>([
    ['a code whose promotion applied', [['welcome-15', '4.50']], [{ code: 'W-1', promotionId: 'welcome-15' }], [['W-1', 'welcome-15', '4.50']]],
    ['a code whose promotion did not apply', [['other', '1.00']], [{ code: 'W-1', promotionId: 'welcome-15' }], []],
    ['an unknown code', [['welcome-15', '4.50']], [{ code: 'NOPE' }], []],
    ['a code the evaluation found exhausted', [['welcome-15', '4.50']], [{ code: 'W-1', promotionId: 'welcome-15', status: 'exhausted' }], []],
    ['an overridden code counts', [['welcome-15', '4.50']], [{ code: 'W-1', promotionId: 'welcome-15', status: 'overridden' }], [['W-1', 'welcome-15', '4.50']]],
    ['two codes of one promotion: the first carries the saving', [['save5', '5.00']], [{ code: 'A', promotionId: 'save5' }, { code: 'B', promotionId: 'save5' }], [['A', 'save5', '5.00'], ['B', 'save5', '0.00']]],
    ['codes of two promotions', [['save5', '5.00'], ['welcome-15', '7.5']], [{ code: 'W', promotionId: 'welcome-15' }, { code: 'S', promotionId: 'save5' }], [['W', 'welcome-15', '7.5'], ['S', 'save5', '5.00']]],
    ['the same code twice is one redemption', [['save5', '5.00']], [{ code: 'A', promotionId: 'save5' }, { code: 'A', promotionId: 'save5' }], [['A', 'save5', '5.00']]],
  ])('%s', (_name, applied, codes, expected) => {
    const rows = redemptionRows(orderOutcome(applied), codes);
    expect(rows).toEqual(expected.map(([code, promotionId, saving]) => ({ code, promotionId, orderId: 'o-1', customerId: 'c-7', at, saving })));
  });

  it('an order without a customer has no customer in its rows', () => {
    const { customerId: _none, ...anonymous } = orderOutcome([['save5', '5.00']]);
    expect(redemptionRows(anonymous, [{ code: 'A', promotionId: 'save5' }])).toEqual([{ code: 'A', promotionId: 'save5', orderId: 'o-1', at, saving: '5.00' }]);
  });

  it('codeUses looks the entered codes up', () => {
    expect(codeUses(['W-1', 'NOPE'], (c) => (c === 'W-1' ? 'welcome-15' : undefined))).toEqual([{ code: 'W-1', promotionId: 'welcome-15' }, { code: 'NOPE' }]);
  });

  it('writes CSV with a header, quoting only where needed', () => {
    const rows = redemptionRows(orderOutcome([['save5', '5.00']], { orderId: 'o,9', customerId: undefined }), [{ code: '=A', promotionId: 'save5' }]);
    expect(redemptionsCsv(rows)).toBe(`code,promotionId,orderId,customerId,at,saving\r\n=A,save5,"o,9",,${at},5.00\r\n`);
  });
});
