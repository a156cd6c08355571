import { describe, expect, it } from 'vitest';
import { formatMoney, parseMoney } from '../../../src/domain/money.ts';
import type { PromotionOutcome } from '../../../src/domain/result.ts';
import type { EvaluateBasketResponse } from '../../../src/ui/simulator/evaluate-basket.ts';
import { diffBasket, formatDelta, summarizeWhatIf, type BasketDiff } from '../../../src/ui/simulator/what-if.ts';
import { okResponse, result } from '../../support/simulator-factories.ts';

const applied = (promotionId: string, saving: string): PromotionOutcome => ({ promotionId, status: 'applied', saving, applications: 1, message: '' });
const missed = (promotionId: string, reason: 'thresholdNotMet' | 'inactive' = 'thresholdNotMet'): PromotionOutcome => ({ promotionId, status: 'notApplied', reason, message: '' });

/** A result whose totals follow from its savings: gross 20.00, no shipping. */
function answer(saving: string, outcomes: readonly PromotionOutcome[], currency = 'USD'): EvaluateBasketResponse {
  const pay = formatMoney(2000n - parseMoney(saving, 'USD'), 'USD');
  return okResponse(result(outcomes, { currency, totals: { gross: '20.00', customerPriceSaving: '0.00', promotionSaving: saving, net: pay, shipping: '0.00', shippingDiscount: '0.00', toPay: pay } }));
}
const failed: EvaluateBasketResponse = { ok: false, problems: [{ code: 'evaluation-failed', severity: 'error', message: 'boom' }] };

const compared = (d: BasketDiff) => {
  if (d.kind !== 'compared') throw new Error(`expected a comparison, got ${JSON.stringify(d)}`);
  return d;
};

describe('diffBasket', () => {
  it.each([
    {
      name: 'nothing changes',
      before: answer('1.50', [applied('a', '1.50'), missed('b')]),
      after: answer('1.50', [applied('a', '1.50'), missed('b')]),
      delta: 0n, started: [], stopped: [], moved: [], changed: false,
    },
    {
      name: 'a promotion starts applying',
      before: answer('1.50', [applied('a', '1.50'), missed('b')]),
      after: answer('4.00', [applied('a', '1.50'), applied('b', '2.50')]),
      delta: 250n, started: [{ promotionId: 'b', saving: '2.50', reason: 'thresholdNotMet' }], stopped: [], moved: [], changed: true,
    },
    {
      name: 'a promotion stops applying (deactivated)',
      before: answer('4.00', [applied('a', '1.50'), applied('b', '2.50')]),
      after: answer('1.50', [applied('a', '1.50'), missed('b', 'inactive')]),
      delta: -250n, started: [], stopped: [{ promotionId: 'b', saving: '2.50', reason: 'inactive' }], moved: [], changed: true,
    },
    {
      name: 'a promotion is deleted from the bundle: stopped, without a reason',
      before: answer('1.50', [applied('a', '1.50')]),
      after: answer('0.00', []),
      delta: -150n, started: [], stopped: [{ promotionId: 'a', saving: '1.50' }], moved: [], changed: true,
    },
    {
      name: 'a new promotion applies',
      before: answer('0.00', []),
      after: answer('0.99', [applied('new', '0.99')]),
      delta: 99n, started: [{ promotionId: 'new', saving: '0.99' }], stopped: [], moved: [], changed: true,
    },
    {
      name: 'the same promotions with a different saving',
      before: answer('1.50', [applied('a', '1.50')]),
      after: answer('1.75', [applied('a', '1.75')]),
      delta: 25n, started: [], stopped: [], moved: ['a'], changed: true,
    },
    {
      name: 'one promotion replaces another for the same saving',
      before: answer('2.00', [applied('a', '2.00'), missed('b')]),
      after: answer('2.00', [missed('a'), applied('b', '2.00')]),
      delta: 0n, started: [{ promotionId: 'b', saving: '2.00', reason: 'thresholdNotMet' }], stopped: [{ promotionId: 'a', saving: '2.00', reason: 'thresholdNotMet' }], moved: [], changed: true,
    },
    {
      name: 'amounts written differently are the same money ("3.6" = "3.60")',
      before: answer('3.60', [applied('a', '3.6')]),
      after: answer('3.60', [applied('a', '3.60')]),
      delta: 0n, started: [], stopped: [], moved: [], changed: false,
    },
  ])('$name', ({ before, after, delta, started, stopped, moved, changed }) => {
    const d = compared(diffBasket({ id: 'b1', name: 'Basket', before, after }));
    expect(d.delta).toBe(delta);
    expect(d.started).toEqual(started);
    expect(d.stopped).toEqual(stopped);
    expect(d.moved).toEqual(moved);
    expect(d.changed).toBe(changed);
  });

  it('keeps exact minor units where floats would drift (0.10 + 0.20 → 0.30)', () => {
    const d = compared(diffBasket({ id: 'b', name: 'B', before: answer('0.10', [applied('a', '0.10')]), after: answer('0.30', [applied('a', '0.30')]) }));
    expect(d.savingBefore).toBe(10n);
    expect(d.savingAfter).toBe(30n);
    expect(d.delta).toBe(20n);
    expect(formatDelta(d.delta, 'USD')).toBe('+$0.20');
  });

  it.each([
    { before: failed, after: answer('0.00', []), side: 'before' },
    { before: answer('0.00', []), after: failed, side: 'after' },
    { before: failed, after: failed, side: 'both' },
  ] as const)('a failed evaluation ($side) is reported with its problems', ({ before, after, side }) => {
    const d = diffBasket({ id: 'b', name: 'B', before, after });
    expect(d).toMatchObject({ kind: 'failed', side });
    expect(d.kind === 'failed' && d.problems.map((p) => p.code)).toEqual(side === 'both' ? ['evaluation-failed', 'evaluation-failed'] : ['evaluation-failed']);
  });

  it('refuses to compare amounts in two currencies', () => {
    const d = diffBasket({ id: 'b', name: 'B', before: answer('1.00', [], 'USD'), after: answer('1.00', [], 'EUR') });
    expect(d.kind === 'failed' && d.problems.map((p) => p.code)).toEqual(['what-if-currency-changed']);
  });
});

describe('formatDelta', () => {
  it.each([
    [450n, 'USD', '+$4.50'],
    [-120n, 'USD', '−$1.20'],
    [0n, 'USD', '$0.00'],
    [5n, 'JPY', '+¥5'],
    [1n, 'SEK', '+0.01 SEK'],
  ])('%s %s → %s', (delta, currency, text) => {
    expect(formatDelta(delta, currency)).toBe(text);
  });
});

describe('summarizeWhatIf', () => {
  const diff = (before: string, after: string) => diffBasket({ id: before + after, name: 'B', before: answer(before, []), after: answer(after, []) });
  it.each([
    { diffs: [], text: 'No baskets to compare' },
    { diffs: [diff('1.00', '1.00'), diff('0.00', '0.00')], text: 'No basket changes (2 baskets compared)' },
    { diffs: [diff('1.00', '2.50'), diff('1.00', '1.00')], text: '1 basket changes: +$1.50 saving in total' },
    { diffs: [diff('1.00', '2.50'), diff('3.00', '6.00'), diff('1.00', '1.00'), diff('2.00', '2.00')], text: '2 baskets change: +$4.50 saving in total' },
    { diffs: [diff('2.00', '0.50'), diffBasket({ id: 'x', name: 'X', before: failed, after: failed })], text: '1 basket changes: −$1.50 saving in total · 1 basket could not be evaluated' },
  ])('$text', ({ diffs, text }) => {
    expect(summarizeWhatIf(diffs, 'USD').text).toBe(text);
  });
});
