import type { Rule } from '../../domain/index.ts';
import { ageDiscount } from './age-discount.ts';
import { issueCode } from './coupon-issue.ts';
import { getProduct, pickProduct } from './gift.ts';
import { manualReward } from './manual.ts';
import { orderDiscount } from './order-discount.ts';
import { combo, multiPerson, question } from './per-participant.ts';
import { shippingDiscount } from './shipping-discount.ts';
import { slidingDiscount } from './sliding-discount.ts';
import type { RewardInput, RewardOutcome } from './types.ts';

export type NonItemRule = Exclude<Rule, { kind: 'itemDeal' }>;

/**
 * Computes what a non-item rule gives on the units and order state of `input` (SPEC §4.2).
 * Item deals go through the solver instead.
 */
export function nonItemReward(rule: NonItemRule, input: RewardInput): RewardOutcome {
  switch (rule.kind) {
    case 'orderDiscount': return orderDiscount(rule, input);
    case 'slidingDiscount': return slidingDiscount(rule, input);
    case 'shippingDiscount': return shippingDiscount(rule, input);
    case 'getProduct': return getProduct(rule, input);
    case 'pickProduct': return pickProduct(rule, input);
    case 'ageDiscount': return ageDiscount(rule, input);
    case 'combo': return combo(rule, input);
    case 'multiPerson': return multiPerson(rule, input);
    case 'question': return question(rule, input);
    case 'fixedAmount':
    case 'percentage':
    case 'employee': return manualReward(rule, input);
    case 'generateCoupon':
    case 'loyaltyCode': return issueCode(rule, input);
  }
}

/** Rules whose reward lands on order units (the rest touch shipping, gifts or codes only). */
export function touchesUnits(rule: Rule): boolean {
  return !['shippingDiscount', 'getProduct', 'pickProduct', 'generateCoupon', 'loyaltyCode'].includes(rule.kind);
}

/** The selection a rule reads its units from; rules without one work on every eligible line. */
export function selectionOf(rule: Rule): Extract<Rule, { kind: 'itemDeal' }>['selection'] | undefined {
  return 'selection' in rule ? rule.selection : undefined;
}
