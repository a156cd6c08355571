import type { ProductSelector } from '../../domain/selector.ts';
import { isUnparsed, promotionLabel, type SemanticContext } from './context.ts';
import { selectionOf } from './walk.ts';

/** Fixed product lists, exclusions, gifts and saved basket lines must name catalog products. */
export function unknownProductIds(ctx: SemanticContext): void {
  const known = new Set(ctx.bundle.products.map((p) => p.id));
  const check = (id: string, path: readonly PropertyKey[], where: string): void => {
    if (!known.has(id) && !isUnparsed(ctx, 'products', id)) ctx.report('unknown-product-id', `${where} names product "${id}", which is not in the catalog`, path);
  };
  const checkSelector = (s: ProductSelector | undefined, path: readonly PropertyKey[], where: string): void => {
    if (s && (s.kind === 'products' || s.kind === 'productsOrFilter')) s.ids.forEach((id, k) => check(id, [...path, 'ids', k], where));
  };

  ctx.bundle.promotions.forEach((p, i) => {
    const where = `promotion ${promotionLabel(p)}`;
    const rulePath = ['promotions', i, 'rule'] as const;
    const selection = selectionOf(p);
    if (selection) {
      checkSelector(selection.qualifying, [...rulePath, 'selection', 'qualifying'], where);
      checkSelector(selection.benefit, [...rulePath, 'selection', 'benefit'], where);
      selection.excluded.forEach((id, k) => check(id, [...rulePath, 'selection', 'excluded', k], where));
    }
    const rule = p.rule;
    if (rule.kind === 'getProduct') check(rule.gift.productId, [...rulePath, 'gift', 'productId'], where);
    if (rule.kind === 'pickProduct') {
      check(rule.defaultProductId, [...rulePath, 'defaultProductId'], where);
      rule.tiers.forEach((t, k) =>
        t.options.forEach((o, m) => check(o.productId, [...rulePath, 'tiers', k, 'options', m, 'productId'], where)),
      );
    }
  });

  ctx.bundle.baskets.forEach((b, i) =>
    b.order.lines.forEach((l, k) =>
      check(l.productId, ['baskets', i, 'order', 'lines', k, 'productId'], `saved basket "${b.id}"`),
    ),
  );
}
