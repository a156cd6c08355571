import { describe, expect, it } from 'vitest';
import { evaluate, explain } from '../../src/engine/index.ts';
import { bundleOf, itemDeal, orderOf, promo } from '../support/engine-factories.ts';

describe('explain', () => {
  it('gives one line per promotion, the per-line discounts and the totals', () => {
    const bundle = bundleOf([
      promo('b2g1', itemDeal({ kind: 'buys', quantity: 2 }, { kind: 'free' }, 'cheapestQualifying'), { name: 'Buy 2, cheapest free' }),
      promo('ten', itemDeal({ kind: 'buys', quantity: 10 }, { kind: 'percent', percent: '10' }, 'allQualifying'), { name: 'Ten for 10 %', priority: 2 }),
    ]);
    const text = explain(evaluate(bundle, orderOf([{ price: '10.00', qty: 2 }], { shipping: '4.00' })), bundle);
    expect(text.split('\n')).toEqual([
      'Order o-1 (USD)',
      '',
      'Promotions:',
      '  ✓ Buy 2, cheapest free [b2g1]: −10.00 — Applied once, saving 10.00.',
      '  ✗ Ten for 10 % [ten]: thresholdNotMet — It needs 10 qualifying items; the order has 2: add 8 more qualifying items. (add 8 more qualifying items)',
      '',
      'Lines:',
      '  l1 2 × A: gross 20.00, net 10.00',
      '    −10.00 Buy 2, cheapest free [b2g1] (1 unit: 10.00)',
      '',
      'Totals:',
      '  gross 20.00',
      '  customer prices −0.00',
      '  promotions −10.00',
      '  net 10.00',
      '  shipping 4.00',
      '  to pay 14.00',
    ]);
  });
});
