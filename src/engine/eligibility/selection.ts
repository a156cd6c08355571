import type { Line, ProductSelector, Promotion, Selection } from '../../domain/index.ts';
import type { AttributeFilter, Attributes } from '../../domain/index.ts';
import { testValue, type PlainValue } from './conditions/values.ts';
import { productOf } from './context.ts';
import type { EvalContext, UnitRole, UnitRoleOptions } from './types.ts';

/**
 * How a line's units take part in a selection (SPEC §3.5): never when the product is `excluded`,
 * on sale under `excludeOnSale` (attribute `onSale === true`), or priced by hand (`manualPrice`)
 * unless `options.manualPriceLines`; otherwise `benefit` when the benefit selector matches (benefit
 * beats qualifying), else `qualifying` when the qualifying selector matches.
 * @example unitRole({ qualifying: { kind: 'all' }, excluded: [], excludeOnSale: false }, line, ctx) // 'qualifying'
 */
export function unitRole(selection: Selection, line: Line, ctx: EvalContext, options: UnitRoleOptions = {}): UnitRole {
  if (line.manualPrice && options.manualPriceLines !== true) return null;
  if (selection.excluded.includes(line.productId)) return null;
  const { attributes } = productOf(line, ctx);
  if (selection.excludeOnSale && attributes['onSale'] === true) return null;
  if (selection.benefit !== undefined && selectorMatches(selection.benefit, line.productId, attributes, ctx.currency)) return 'benefit';
  if (selectorMatches(selection.qualifying, line.productId, attributes, ctx.currency)) return 'qualifying';
  return null;
}

/** Manual and loyalty promotions may take hand-priced lines; automatic and coupon ones never (SPEC §3.5). */
export function manualPriceLinesAllowed(p: Pick<Promotion, 'trigger'>): boolean {
  return p.trigger.kind === 'manual' || p.trigger.kind === 'loyalty';
}

/** Whether a product (id + merged attributes) is picked by a selector. */
export function selectorMatches(s: ProductSelector, productId: string, attributes: Attributes, currency: string): boolean {
  switch (s.kind) {
    case 'all': return true;
    case 'products': return s.ids.includes(productId);
    case 'filter': return filterMatches(s.filter, attributes, currency);
    case 'productsOrFilter': return s.ids.includes(productId) || filterMatches(s.filter, attributes, currency);
  }
}

/**
 * Evaluates a "dynamic products" filter. Attribute lists (tags) follow the condition rules: an
 * operator holds when some element satisfies it, `contains` is membership. A malformed leaf
 * (between without two values…) matches nothing; the validator reports it.
 */
export function filterMatches(f: AttributeFilter, attributes: Attributes, currency: string): boolean {
  switch (f.kind) {
    case 'all': return f.of.every((x) => filterMatches(x, attributes, currency));
    case 'any': return f.of.some((x) => filterMatches(x, attributes, currency));
    case 'not': return !filterMatches(f.of, attributes, currency);
    case 'attr': {
      const value = attributes[f.attribute] as PlainValue;
      const r = testValue(f.op, { kind: 'plain', value }, f.value, currency);
      return r.ok && r.holds;
    }
  }
}
