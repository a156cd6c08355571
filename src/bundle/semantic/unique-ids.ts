import type { SemanticContext } from './context.ts';

/** Ids that things refer to, and coupon codes, must be unique: a duplicate makes a reference ambiguous. */
export function uniqueIds(ctx: SemanticContext): void {
  const { bundle } = ctx;
  unique(ctx, bundle.promotions.map((p) => p.id), 'promotions', 'id', 'duplicate-promotion-id', 'promotion id');
  unique(ctx, bundle.products.map((p) => p.id), 'products', 'id', 'duplicate-product-id', 'product id');
  unique(ctx, bundle.coupons.map((c) => c.code), 'coupons', 'code', 'duplicate-coupon-code', 'coupon code');
  unique(ctx, bundle.scripts.map((s) => s.id), 'scripts', 'id', 'duplicate-script-id', 'script id');
  unique(ctx, bundle.customers.map((c) => c.id), 'customers', 'id', 'duplicate-customer-id', 'customer id');
  unique(ctx, bundle.baskets.map((b) => b.id), 'baskets', 'id', 'duplicate-basket-id', 'basket id');
}

function unique(ctx: SemanticContext, values: readonly string[], list: string, field: string, code: string, what: string): void {
  const first = new Map<string, number>();
  values.forEach((v, i) => {
    const earlier = first.get(v);
    if (earlier === undefined) first.set(v, i);
    else ctx.report(code, `${what} "${v}" is already used at $.${list}[${earlier}]`, [list, i, field]);
  });
}
