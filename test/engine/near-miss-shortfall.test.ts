import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import { bundleOf, itemDeal, orderOf, promo } from '../support/engine-factories.ts';

// The near miss as data: a UI ranks near misses by `shortfall`, never by reading the `missing` sentence.
const bundle = bundleOf([
  promo('buy3', itemDeal({ kind: 'buys', quantity: 3 }, { kind: 'free' }, 'cheapestQualifying')),
  promo('spend20', itemDeal({ kind: 'spendsAtLeast', amount: '20.00' }, { kind: 'percent', percent: '10' }, 'allQualifying')),
]);

describe('near-miss shortfall', () => {
  it.each([
    ['one item of three', [{ price: '4.00' }], { buy3: { kind: 'items', missing: 2, have: 1 }, spend20: { kind: 'amount', missing: '16.00', have: '4.00' } }],
    ['two items of three', [{ price: '4.00', qty: 2 }], { buy3: { kind: 'items', missing: 1, have: 2 }, spend20: { kind: 'amount', missing: '12.00', have: '8.00' } }],
  ] as const)('%s', (_name, lines, expected) => {
    const r = evaluate(bundle, orderOf(lines));
    for (const [id, shortfall] of Object.entries(expected)) {
      const o = r.promotions.find((x) => x.promotionId === id);
      expect(o).toMatchObject({ status: 'notApplied', reason: 'thresholdNotMet', shortfall });
    }
  });
});
