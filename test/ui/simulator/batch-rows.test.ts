import { describe, expect, it } from 'vitest';
import { problem } from '../../../src/domain/problem.ts';
import { cancelPending, pendingRows, progressOf, rowFromResponse, type BatchRow } from '../../../src/ui/simulator/batch-rows.ts';
import { okResponse, result } from '../../support/simulator-factories.ts';

// Saving 3.60 on 36.00, promotion a applied, b not: the same result as expectation-check.test.ts.
const r = result(
  [
    { promotionId: 'a', status: 'applied', saving: '3.60', applications: 1, message: '' },
    { promotionId: 'b', status: 'notApplied', reason: 'couponMissing', message: '' },
  ],
  { optimal: false, totals: { gross: '36.00', customerPriceSaving: '0.00', promotionSaving: '3.60', net: '32.40', shipping: '0.00', shippingDiscount: '0.00', toPay: '32.40' } },
);

describe('batch rows', () => {
  it.each([
    ['no expectation', undefined, 'none'],
    ['an expectation that holds', { promotionSaving: '3.6', applied: ['a'] }, 'match'],
    ['an expectation with one wrong part', { promotionSaving: '3.60', applied: ['a', 'b'] }, 'differs'],
  ] as const)('a basket with %s is %s', (_, expected, verdict) => {
    const row = rowFromResponse({ id: 'b1', name: 'One', expected }, okResponse(r));
    expect(row).toEqual({ kind: 'done', basketId: 'b1', name: 'One', promotionSaving: '3.60', net: '32.40', applied: 1, optimal: false, expectation: verdict, solver: 'reference' });
  });

  it('a failed evaluation keeps its problems', () => {
    const row = rowFromResponse({ id: 'b1', name: 'One' }, { ok: false, problems: [problem('order-invalid', 'bad')] });
    expect(row).toMatchObject({ kind: 'failed', problems: [{ code: 'order-invalid' }] });
  });

  it('progress counts the rows evaluated (done or failed), not pending or cancelled ones', () => {
    const rows: BatchRow[] = pendingRows([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }, { id: 'd', name: 'D' }]);
    expect(progressOf(rows)).toEqual({ evaluated: 0, total: 4 });
    rows[1] = rowFromResponse({ id: 'b', name: 'B' }, okResponse(r));
    rows[2] = { kind: 'cancelled', basketId: 'c', name: 'C' };
    rows[3] = { kind: 'failed', basketId: 'd', name: 'D', problems: [] };
    expect(progressOf(rows)).toEqual({ evaluated: 2, total: 4 });
  });

  it('cancelling marks only the pending rows, finished ones stay', () => {
    const done = rowFromResponse({ id: 'b', name: 'B' }, okResponse(r));
    const rows = cancelPending([...pendingRows([{ id: 'a', name: 'A' }]), done]);
    expect(rows.map((x) => x.kind)).toEqual(['cancelled', 'done']);
    expect(rows[1]).toBe(done);
  });
});
