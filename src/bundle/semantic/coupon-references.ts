import { isUnparsed, type SemanticContext } from './context.ts';

const CODE_TRIGGERS: ReadonlySet<string> = new Set(['coupon', 'generatedCoupon']);

/** Every coupon code and coupon file belongs to an existing coupon-triggered promotion. */
export function couponReferences(ctx: SemanticContext): void {
  const byId = new Map(ctx.bundle.promotions.map((p) => [p.id, p]));
  const check = (promotionId: string, path: readonly PropertyKey[], what: string): void => {
    const p = byId.get(promotionId);
    if (!p) {
      if (!isUnparsed(ctx, 'promotions', promotionId)) ctx.report('coupon-unknown-promotion', `${what} belongs to promotion "${promotionId}", which does not exist`, path);
    } else if (!CODE_TRIGGERS.has(p.trigger.kind)) {
      ctx.report(
        'coupon-promotion-not-coupon',
        `${what} belongs to promotion ${p.id} '${p.name}', whose trigger is '${p.trigger.kind}', not 'coupon' or 'generatedCoupon'`,
        path,
      );
    }
  };
  ctx.bundle.coupons.forEach((c, i) => check(c.promotionId, ['coupons', i, 'promotionId'], `coupon "${c.code}"`));
  ctx.bundle.couponFiles.forEach((f, i) => check(f.promotionId, ['couponFiles', i, 'promotionId'], `coupon file "${f.file}"`));
}
