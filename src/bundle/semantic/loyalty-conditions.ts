import type { SemanticContext } from './context.ts';

/** SPEC §3.1: a loyalty promotion may carry no other conditions (wording from the source validator). */
export function loyaltyConditions(ctx: SemanticContext): void {
  ctx.bundle.promotions.forEach((p, i) => {
    if (p.trigger.kind === 'loyalty' && p.conditions !== undefined) {
      ctx.report(
        'loyalty-with-conditions',
        `A discount of trigger type 'Loyalty' cannot have other conditions (promotion ${p.id})`,
        ['promotions', i, 'conditions'],
      );
    }
  });
}
