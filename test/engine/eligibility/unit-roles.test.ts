import { describe, expect, it } from 'vitest';
import type { LineSchema, PromotionInput } from '../../../src/domain/index.ts';
import { LineSchema as Lines } from '../../../src/domain/index.ts';
import { manualPriceLinesAllowed, productOf, unitRole, type UnitRole } from '../../../src/engine/eligibility/index.ts';
import { ctx, promo, selection } from '../../support/eligibility-factories.ts';
import type { z } from 'zod';

type SelectionInput = Parameters<typeof selection>[0];
const line = (productId: string, extra: Partial<z.input<typeof LineSchema>> = {}) =>
  Lines.parse({ id: `l-${productId}`, productId, quantity: 1, unitPrice: '10.00', ...extra });

const byCategory = (category: string) => ({ kind: 'filter', filter: { kind: 'attr', attribute: 'category', op: 'eq', value: category } }) as const;

describe('unitRole (SPEC §3.5); catalog: shoe(shoes, tags summer/sport), sock(socks), hat(onSale), club', () => {
  it.each<[string, SelectionInput, ReturnType<typeof line>, UnitRole]>([
    ['all', {}, line('shoe'), 'qualifying'],
    ['fixed ids: listed', { qualifying: { kind: 'products', ids: ['sock'] } }, line('sock'), 'qualifying'],
    ['fixed ids: not listed', { qualifying: { kind: 'products', ids: ['sock'] } }, line('shoe'), null],
    ['filter on category', { qualifying: byCategory('shoes') }, line('shoe'), 'qualifying'],
    ['filter on a list attribute', { qualifying: { kind: 'filter', filter: { kind: 'attr', attribute: 'tags', op: 'contains', value: 'sport' } } }, line('shoe'), 'qualifying'],
    ['filter tree: all + not', { qualifying: { kind: 'filter', filter: { kind: 'all', of: [
      { kind: 'attr', attribute: 'brand', op: 'eq', value: 'Acme' },
      { kind: 'not', of: { kind: 'attr', attribute: 'category', op: 'eq', value: 'socks' } },
    ] } } }, line('sock'), null],
    ['filter tree: any', { qualifying: { kind: 'filter', filter: { kind: 'any', of: [
      { kind: 'attr', attribute: 'category', op: 'eq', value: 'hats' },
      { kind: 'attr', attribute: 'stockLabel', op: 'eq', value: 'clearance' },
    ] } } }, line('sock'), 'qualifying'],
    ['ids ∪ filter: by id', { qualifying: { kind: 'productsOrFilter', ids: ['hat'], filter: byCategory('socks').filter } }, line('hat'), 'qualifying'],
    ['ids ∪ filter: by filter', { qualifying: { kind: 'productsOrFilter', ids: ['hat'], filter: byCategory('socks').filter } }, line('sock'), 'qualifying'],
    ['ids ∪ filter: neither', { qualifying: { kind: 'productsOrFilter', ids: ['hat'], filter: byCategory('socks').filter } }, line('shoe'), null],
    ['excluded beats all', { excluded: ['shoe'] }, line('shoe'), null],
    ['excluded beats benefit', { benefit: { kind: 'all' }, excluded: ['shoe'] }, line('shoe'), null],
    ['benefit beats qualifying', { benefit: { kind: 'products', ids: ['sock'] } }, line('sock'), 'benefit'],
    ['qualifying when not benefit', { benefit: { kind: 'products', ids: ['sock'] } }, line('shoe'), 'qualifying'],
    ['benefit only', { qualifying: { kind: 'products', ids: ['shoe'] }, benefit: { kind: 'products', ids: ['sock'] } }, line('sock'), 'benefit'],
    ['excludeOnSale drops on-sale products', { excludeOnSale: true }, line('hat'), null],
    ['on-sale products take part without excludeOnSale', {}, line('hat'), 'qualifying'],
    ['the line can take a product off sale', { excludeOnSale: true }, line('hat', { attributes: { onSale: false } }), 'qualifying'],
    ['the line can put a product on sale', { excludeOnSale: true }, line('shoe', { attributes: { onSale: true } }), null],
    ['line attributes override the catalog', { qualifying: byCategory('shoes') }, line('sock', { attributes: { category: 'shoes' } }), 'qualifying'],
    ['a product missing from the catalog: all', {}, line('ghost'), 'qualifying'],
    ['a product missing from the catalog: filter', { qualifying: byCategory('shoes') }, line('ghost'), null],
    ['manual price lines never (default)', {}, line('shoe', { manualPrice: true }), null],
  ])('%s', (_name, sel, l, role) => {
    expect(unitRole(selection(sel), l, ctx())).toBe(role);
  });

  it('manual price lines take part when the caller allows them', () => {
    expect(unitRole(selection({}), line('shoe', { manualPrice: true }), ctx(), { manualPriceLines: true })).toBe('qualifying');
  });

  it.each<[PromotionInput['trigger'], boolean]>([
    [{ kind: 'automatic' }, false], [{ kind: 'coupon' }, false], [{ kind: 'generatedCoupon' }, false],
    [{ kind: 'manual' }, true], [{ kind: 'loyalty', pointsCost: 10 }, true],
  ])('manualPriceLinesAllowed for %j → %s', (trigger, allowed) => {
    expect(manualPriceLinesAllowed(promo({ trigger }))).toBe(allowed);
  });
});

describe('productOf merges the catalog with the line', () => {
  it('catalog attributes, line overrides, floor price in minor units', () => {
    const p = productOf(line('shoe', { attributes: { brand: 'Other', colour: 'red' } }), ctx());
    expect(p).toEqual({ attributes: { category: 'shoes', brand: 'Other', tags: ['summer', 'sport'], colour: 'red' }, floorPrice: 3000n });
  });

  it('no floor price when the catalog has none; unknown products keep the line attributes', () => {
    expect(productOf(line('sock'), ctx())).toEqual({ attributes: { category: 'socks', brand: 'Acme', stockLabel: 'clearance' } });
    expect(productOf(line('ghost', { attributes: { a: 1 } }), ctx())).toEqual({ attributes: { a: 1 } });
  });
});
