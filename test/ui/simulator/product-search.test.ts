import { describe, expect, it } from 'vitest';
import { searchProducts } from '../../../src/ui/simulator/product-search.ts';
import { simBundle } from '../../support/simulator-factories.ts';

const products = simBundle({
  products: [
    { id: 'p-1', name: 'Cheddar 400 g', price: '10.00', attributes: { brand: 'Meadow', category: 'grocery' } },
    { id: 'p-2', name: 'Mug', price: '12.00', attributes: { category: 'home' } },
    { id: 'p-3', name: 'Aged cheddar', price: '14.00', attributes: { brand: 'Hill' } },
  ],
}).products;

describe('searchProducts', () => {
  it.each([
    ['ched', ['p-1', 'p-3']], // "Cheddar…" starts with the query, so it comes first
    ['CHEDDAR 400', ['p-1']], // every word, any case
    ['meadow', ['p-1']], // brand
    ['home', ['p-2']], // category
    ['p-3', ['p-3']], // id
    ['cheddar hill', ['p-3']],
    ['zzz', []],
    ['', ['p-1', 'p-2', 'p-3']],
  ])('%j → %j', (q, ids) => {
    expect(searchProducts(products, q).map((p) => p.id)).toEqual(ids);
  });

  it('stops at the limit', () => {
    expect(searchProducts(products, '', 2)).toHaveLength(2);
  });
});
