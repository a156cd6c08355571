/**
 * Which catalog products count toward a promotion, read from its selection (SPEC §3.5) with the
 * engine's own selector matcher, so the Why panel can say "Cheddar, Mug and 12 more would count"
 * and tell whether anything in the basket counts at all.
 */
import type { Bundle } from '../../domain/bundle.ts';
import type { Product } from '../../domain/product.ts';
import type { Promotion } from '../../domain/promotion.ts';
import type { ProductSelector, Selection } from '../../domain/selector.ts';
import { selectorMatches } from '../../engine/eligibility/selection.ts';

export type CountingProducts =
  /** No selection, or one that takes every product: the whole order counts. */
  | { readonly kind: 'any' }
  | { readonly kind: 'some'; readonly ids: ReadonlySet<string>; readonly names: readonly string[]; readonly more: number };

/** How many names a row shows before "and N more". */
export const SHOWN_NAMES = 3;

const selectionOf = (p: Promotion): Selection | undefined => ('selection' in p.rule ? p.rule.selection : undefined);

/**
 * The products that count toward `promotion`: its qualifying selector, or the benefit selector when
 * `role` is 'benefit' (a promotion that only lacks a benefit product), minus excluded and (with
 * `excludeOnSale`) on-sale products.
 * @example countingProducts(snacksDeal, bundle) // { kind: 'some', names: ['Chips', 'Nuts', 'Pretzels'], more: 4, … }
 */
export function countingProducts(promotion: Promotion, bundle: Bundle, role: 'qualifying' | 'benefit' = 'qualifying'): CountingProducts {
  const selection = selectionOf(promotion);
  if (selection === undefined) return { kind: 'any' };
  const selector: ProductSelector | undefined = role === 'benefit' ? selection.benefit : selection.qualifying;
  if (selector === undefined) return { kind: 'any' };
  const counts = (product: Product): boolean =>
    !selection.excluded.includes(product.id) &&
    !(selection.excludeOnSale && product.attributes['onSale'] === true) &&
    selectorMatches(selector, product.id, product.attributes, bundle.currency);
  if (selector.kind === 'all' && selection.excluded.length === 0 && !selection.excludeOnSale) return { kind: 'any' };
  const matching = bundle.products.filter(counts);
  return {
    kind: 'some',
    ids: new Set(matching.map((p) => p.id)),
    names: matching.slice(0, SHOWN_NAMES).map((p) => p.name),
    more: Math.max(0, matching.length - SHOWN_NAMES),
  };
}

/** Whether any of the basket's products counts (an empty basket counts toward nothing). */
export function basketTouches(counting: CountingProducts, basketProductIds: readonly string[]): boolean {
  if (counting.kind === 'any') return basketProductIds.length > 0;
  return basketProductIds.some((id) => counting.ids.has(id));
}
