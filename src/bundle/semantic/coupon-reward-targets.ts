import { isUnparsed, type SemanticContext } from './context.ts';

const CODE_TRIGGERS: ReadonlySet<string> = new Set(['coupon', 'generatedCoupon']);

/** `generateCoupon` and `loyaltyCode` issue codes of another promotion, which must take codes. */
export function couponRewardTargets(ctx: SemanticContext): void {
  const byId = new Map(ctx.bundle.promotions.map((p) => [p.id, p]));
  ctx.bundle.promotions.forEach((p, i) => {
    const rule = p.rule;
    if (rule.kind !== 'generateCoupon' && rule.kind !== 'loyaltyCode') return;
    const path = ['promotions', i, 'rule', 'targetPromotionId'];
    const target = byId.get(rule.targetPromotionId);
    if (!target) {
      if (isUnparsed(ctx, 'promotions', rule.targetPromotionId)) return;
      ctx.report('reward-target-unknown', `promotion ${p.id} issues codes of "${rule.targetPromotionId}", which does not exist`, path);
    } else if (!CODE_TRIGGERS.has(target.trigger.kind)) {
      ctx.report(
        'reward-target-not-coupon',
        `promotion ${p.id} issues codes of ${target.id} '${target.name}', whose trigger is '${target.trigger.kind}', not 'coupon' or 'generatedCoupon'`,
        path,
      );
    } else if (target.id === p.id) {
      ctx.report('reward-target-self', `promotion ${p.id} issues codes of itself`, path);
    }
  });
}
