import type { ProductSelector, Selection } from '../../domain/selector.ts';
import type { DescribeContext } from './context.ts';
import { attributeFilterInWords } from './describe-condition.ts';
import { listInWords } from './format.ts';

/** "all products", "Cola or Lemonade", "products where category is "drinks"". */
export function selectorInWords(s: ProductSelector, ctx: DescribeContext): string {
  switch (s.kind) {
    case 'all': return 'all products';
    case 'products': return listInWords(s.ids.map((id) => ctx.productName(id)), 'or');
    case 'filter': return `products where ${attributeFilterInWords(s.filter, ctx)}`;
    case 'productsOrFilter': {
      const named = listInWords(s.ids.map((id) => ctx.productName(id)), 'or');
      return `${named} or products where ${attributeFilterInWords(s.filter, ctx)}`;
    }
  }
}

/**
 * Which items a promotion looks at, one sentence per aspect.
 * @example selectionInWords({ qualifying: {kind:'all'}, excluded: [], excludeOnSale: true }, ctx)
 *   // ['Qualifying: all products', 'Items on sale never take part']
 */
export function selectionInWords(s: Selection | undefined, ctx: DescribeContext): string[] {
  if (s === undefined) return ['All eligible items of the order'];
  const out = [`Qualifying: ${selectorInWords(s.qualifying, ctx)}`];
  if (s.benefit !== undefined) out.push(`Rewarded: ${selectorInWords(s.benefit, ctx)}`);
  if (s.excluded.length > 0) out.push(`Never: ${listInWords(s.excluded.map((id) => ctx.productName(id)), 'or')}`);
  if (s.excludeOnSale) out.push('Items on sale never take part');
  return out;
}
