import { describe, expect, it } from 'vitest';
import type { PromotionInput } from '../../../src/domain/index.ts';
import { basketTouches, countingProducts } from '../../../src/ui/simulator/counting-products.ts';
import { countingText } from '../../../src/ui/simulator/why.ts';
import { itemDeal, promo } from '../../support/engine-factories.ts';
import { simBundle } from '../../support/simulator-factories.ts';

const products = ['Apple', 'Bread', 'Cheddar', 'Dates', 'Eggs'].map((name, i) => ({
  id: `p-${i + 1}`, name, price: '1.00', attributes: { category: i < 4 ? 'grocery' : 'dairy', ...(i === 1 ? { onSale: true } : {}) },
}));
const deal = (selection: Record<string, unknown>) => itemDeal({ kind: 'buys', quantity: 2 }, { kind: 'free' }, 'cheapestQualifying', { selection });
const textFor = (rule: PromotionInput['rule'], role: 'qualifying' | 'benefit' = 'qualifying'): string => {
  const bundle = simBundle({ products, promotions: [promo('x', rule)] });
  return countingText(countingProducts(bundle.promotions[0]!, bundle, role));
};

describe('products that count toward a promotion', () => {
  it.each([
    ['no selector: any product', deal({}), 'any product'],
    ['fixed picks', deal({ qualifying: { kind: 'products', ids: ['p-3', 'p-1'] } }), 'Apple and Cheddar'],
    ['a filter, first three names and the rest counted', deal({ qualifying: { kind: 'filter', filter: { kind: 'attr', attribute: 'category', op: 'eq', value: 'grocery' } } }), 'Apple, Bread, Cheddar and 1 more'],
    ['excluded and on-sale products never count', deal({ excluded: ['p-1'], excludeOnSale: true }), 'Cheddar, Dates and Eggs'],
    ['a selector matching nothing', deal({ qualifying: { kind: 'products', ids: ['nope'] } }), 'no product in the catalog'],
    ['an order rule without selection', { kind: 'orderDiscount', reward: { kind: 'percent', percent: '5' } } as PromotionInput['rule'], 'any product'],
  ])('%s', (_name, rule, text) => {
    expect(textFor(rule)).toBe(text);
  });

  it('the benefit selector for a missing benefit product', () => {
    expect(textFor(deal({ qualifying: { kind: 'products', ids: ['p-1'] }, benefit: { kind: 'products', ids: ['p-5'] } }), 'benefit')).toBe('Eggs');
  });

  it.each([
    [['p-3'], true],
    [['p-5'], false],
    [[], false],
  ] as const)('basket %j touches the picks → %s', (ids, touches) => {
    const bundle = simBundle({ products, promotions: [promo('x', deal({ qualifying: { kind: 'products', ids: ['p-3'] } }))] });
    expect(basketTouches(countingProducts(bundle.promotions[0]!, bundle), ids)).toBe(touches);
  });
});
