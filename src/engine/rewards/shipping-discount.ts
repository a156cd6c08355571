import type { Rule } from '../../domain/index.ts';
import { minOf, parseMoney, percentOfPrice, percentToBp } from '../../domain/index.ts';
import { fail, type RewardInput, type RewardOutcome } from './types.ts';

type ShippingRule = Extract<Rule, { kind: 'shippingDiscount' }>;

/** SPEC §4.2 `shippingDiscount`: percent (R1) or amount off the shipping still to pay, or all of it. */
export function shippingDiscount(rule: ShippingRule, input: RewardInput): RewardOutcome {
  const left = input.shippingLeft;
  if (left <= 0n) return fail('noEligibleItems', 'The order has no shipping cost left to discount.', { observed: '0' });
  const r = rule.reward;
  const amount =
    r.kind === 'free' ? left : r.kind === 'percent' ? percentOfPrice(left, percentToBp(r.percent)) : minOf(parseMoney(r.amount, input.ctx.currency), left);
  const note = r.kind === 'free' ? 'free shipping' : r.kind === 'percent' ? `${r.percent} % off shipping` : `${r.amount} off shipping`;
  return { ok: true, applications: [], shippingDiscount: amount, note };
}
