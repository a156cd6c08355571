import type { Trigger } from '../../domain/trigger.ts';
import type { DescribeContext } from './context.ts';
import { formatAmount, formatPercent, plural } from './format.ts';

/** Short trigger name for tables: "Automatic", "Coupon", … */
export function triggerKindInWords(trigger: Trigger): string {
  switch (trigger.kind) {
    case 'automatic': return 'Automatic';
    case 'coupon': return trigger.flavour === 'discountCode' ? 'Discount code' : 'Coupon';
    case 'generatedCoupon': return 'Generated coupon';
    case 'manual': return 'Manual';
    case 'loyalty': return 'Loyalty';
  }
}

/**
 * How a promotion is set off, in a sentence.
 * @example triggerInWords({ kind: 'loyalty', pointsCost: 500 }, 'p1', ctx) // 'Loyalty reward: costs 500 points per use'
 */
export function triggerInWords(trigger: Trigger, promotionId: string, ctx: DescribeContext): string {
  switch (trigger.kind) {
    case 'automatic':
      return 'Automatic: applies whenever its conditions hold';
    case 'coupon': {
      const codes = plural(ctx.couponCount(promotionId), 'code');
      return trigger.flavour === 'discountCode'
        ? `Discount code (unlimited uses, ${codes} in the bundle)`
        : `Coupon code (${codes} in the bundle)`;
    }
    case 'generatedCoupon':
      return `Generated coupon, issued by another promotion${trigger.bindToCustomer ? ' and bound to the customer who received it' : ''}`;
    case 'manual': {
      const caps = [
        trigger.maxAmount === undefined ? undefined : formatAmount(trigger.maxAmount, ctx.currency),
        trigger.maxPercent === undefined ? undefined : formatPercent(trigger.maxPercent),
      ].filter((x): x is string => x !== undefined);
      return `Manual: staff enter the value${caps.length > 0 ? ` (at most ${caps.join(' or ')})` : ''}`;
    }
    case 'loyalty':
      return `Loyalty reward: costs ${plural(trigger.pointsCost, 'point')} per use`;
  }
}
