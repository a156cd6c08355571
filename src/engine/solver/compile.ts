/** Compiles an item-deal rule from the domain model into the solver's minor-unit form. */
import { parseMoney, percentToBp } from '../../domain/money.ts';
import type { ItemDealRule, ItemReward, Threshold } from '../../domain/rule.ts';
import type { CompiledItemDeal, CompiledReward, CompiledThreshold } from './types.ts';

/**
 * @example compileItemDeal(rule, 'USD').tiers[0] // { threshold: { kind: 'buys', quantity: 2 }, reward: { kind: 'percent', bp: 10000 } }
 */
export function compileItemDeal(rule: ItemDealRule, currency: string): CompiledItemDeal {
  const tiers = rule.tiers.map((t) => ({ threshold: compileThreshold(t.threshold, currency), reward: compileReward(t.reward, currency) }));
  const base = { combination: rule.combination, target: rule.target, rewardCount: rule.rewardCount, tiers };
  return rule.maxDiscount === undefined ? base : { ...base, maxDiscount: parseMoney(rule.maxDiscount, currency) };
}

function compileThreshold(t: Threshold, currency: string): CompiledThreshold {
  return t.kind === 'spendsAtLeast' ? { kind: t.kind, amount: parseMoney(t.amount, currency) } : { kind: t.kind, quantity: t.quantity };
}

function compileReward(r: ItemReward, currency: string): CompiledReward {
  switch (r.kind) {
    case 'free':
      return { kind: 'percent', bp: 10000 };
    case 'percent':
      return { kind: 'percent', bp: percentToBp(r.percent) };
    default:
      return { kind: r.kind, amount: parseMoney(r.amount, currency) };
  }
}
