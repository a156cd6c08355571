import type { Condition, ConditionField } from '../../domain/condition.ts';
import type { Promotion } from '../../domain/promotion.ts';
import type { Tier } from '../../domain/rule.ts';
import type { Selection } from '../../domain/selector.ts';

/** One thing a promotion uses that a static-only target cannot run, and where it sits. */
export interface Unsupported {
  readonly feature: string;
  readonly path: readonly PropertyKey[];
}

/** Condition fields that read the cart: a static target applies a discount without looking at it. */
const CART_FIELDS: ReadonlySet<ConditionField> = new Set([
  'subtotal', 'netSubtotal', 'itemCount', 'lineCustomField', 'membershipInBasket', 'productRequirement', 'stockLabel',
]);

/**
 * What a `staticOnly` target (SPEC §10, source 001: "Static $ off, Static % off; no cart-level
 * discounts") cannot run. A static promotion is exactly one of:
 * - an item deal with one tier, a trivial threshold (`buys 1` or `buysAtLeast 1`), a `percent` or
 *   `amountOff` reward on `allQualifying`, no benefit products and no `maxDiscount`;
 * - an `orderDiscount` of `percent` or `amountOff` without `maxDiscount` and without benefit products;
 * - a `fixedAmount` / `percentage` with its value fixed in the bundle (not entered at the till);
 * with a trigger other than `generatedCoupon`, no condition that reads the cart (subtotal, item
 * count, line fields, basket contents, stock labels), no script, and no budget.
 * @example staticOnlyViolations(promotionWithTiers) // [{ feature: 'tiers (2)', path: ['rule', 'tiers'] }]
 */
export function staticOnlyViolations(p: Promotion): Unsupported[] {
  const out: Unsupported[] = [];
  const add = (feature: string, ...path: PropertyKey[]): void => {
    out.push({ feature, path });
  };
  const rule = p.rule;

  switch (rule.kind) {
    case 'itemDeal':
      if (rule.tiers.length > 1) add(`tiers (${rule.tiers.length})`, 'rule', 'tiers');
      else if (rule.tiers[0]) tierViolations(rule.tiers[0], add);
      if (rule.target !== 'allQualifying') add(`the reward target '${rule.target}'`, 'rule', 'target');
      if (rule.maxDiscount !== undefined) add('a per-application cap (maxDiscount)', 'rule', 'maxDiscount');
      selectionViolations(rule.selection, add);
      break;
    case 'orderDiscount':
      if (rule.maxDiscount !== undefined) add('a discount cap (maxDiscount)', 'rule', 'maxDiscount');
      if (rule.selection) selectionViolations(rule.selection, add);
      break;
    case 'fixedAmount':
      if (rule.amount === undefined) add('an amount entered at the till', 'rule', 'amount');
      if (rule.selection) selectionViolations(rule.selection, add);
      break;
    case 'percentage':
      if (rule.percent === undefined) add('a percent entered at the till', 'rule', 'percent');
      if (rule.selection) selectionViolations(rule.selection, add);
      break;
    default:
      add(`${/^[aeiou]/.test(rule.kind) ? 'an' : 'a'} ${rule.kind} rule`, 'rule', 'kind');
  }

  if (p.trigger.kind === 'generatedCoupon') add('generated coupons', 'trigger', 'kind');
  if (p.conditions) conditionViolations(p.conditions, ['conditions'], add);
  p.scope?.customers.forEach((c, j) => conditionViolations(c, ['scope', 'customers', j], add));
  if (p.limits?.budget) add('a customer budget', 'limits', 'budget');
  if (p.dispersion?.scriptId !== undefined) add('a dispersion script', 'dispersion', 'scriptId');
  return out;
}

type Add = (feature: string, ...path: PropertyKey[]) => void;

function tierViolations(tier: Tier, add: Add): void {
  const t = tier.threshold;
  if (t.kind === 'spendsAtLeast') add(`a spend threshold (spends at least ${t.amount})`, 'rule', 'tiers', 0, 'threshold');
  else if (t.quantity > 1) add(`a quantity threshold (${t.kind} ${t.quantity})`, 'rule', 'tiers', 0, 'threshold');
  if (tier.reward.kind !== 'percent' && tier.reward.kind !== 'amountOff') {
    add(`the reward '${tier.reward.kind}'`, 'rule', 'tiers', 0, 'reward', 'kind');
  }
}

function selectionViolations(s: Selection, add: Add): void {
  if (s.benefit) add('benefit products (buy one thing, save on another)', 'rule', 'selection', 'benefit');
}

function conditionViolations(c: Condition, path: readonly PropertyKey[], add: Add): void {
  switch (c.kind) {
    case 'all':
    case 'any':
      c.of.forEach((child, k) => conditionViolations(child, [...path, 'of', k], add));
      return;
    case 'not':
      conditionViolations(c.of, [...path, 'of'], add);
      return;
    case 'script':
      add('a script condition', ...path);
      return;
    case 'leaf':
      if (CART_FIELDS.has(c.field)) add(`a cart-level condition on ${c.field}`, ...path);
      return;
    case 'orderProperties':
      return;
  }
}
