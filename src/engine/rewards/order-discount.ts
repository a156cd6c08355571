import type { Rule } from '../../domain/index.ts';
import { formatMoney, parseMoney } from '../../domain/index.ts';
import { compileRate, draftSaving, onTotal } from './split.ts';
import { fail, type RewardInput, type RewardOutcome } from './types.ts';

type OrderDiscountRule = Extract<Rule, { kind: 'orderDiscount' }>;

/**
 * SPEC §4.2 `orderDiscount`: percent (capped by `maxDiscount`) or amount off the eligible
 * units' total, split by R2. 20 % of 100.00 capped at 10.00 → 10.00; cap 50.00 → 20.00.
 */
export function orderDiscount(rule: OrderDiscountRule, input: RewardInput): RewardOutcome {
  const { currency } = input.ctx;
  if (input.units.length === 0) return fail('noEligibleItems', 'No eligible item in the order.');
  const max = rule.maxDiscount === undefined ? undefined : parseMoney(rule.maxDiscount, currency);
  const draft = onTotal(compileRate(rule.reward, currency), input.units, max);
  const what = rule.reward.kind === 'percent' ? `${rule.reward.percent} % off the order` : `${rule.reward.amount} off the order`;
  const capped = max !== undefined && draftSaving(draft) === max ? `, capped at ${formatMoney(max, currency)}` : '';
  return { ok: true, applications: [draft], note: `${what}${capped}` };
}
