/** Compiles an item-deal rule from the domain model into the solver's minor-unit form. */
import { BoundedMemo } from '../../domain/bounded-memo.ts';
import { parseMoney, percentToBp } from '../../domain/money.ts';
import type { ItemDealRule, ItemReward, Threshold } from '../../domain/rule.ts';
import type { CompiledItemDeal, CompiledReward, CompiledThreshold } from './types.ts';

/**
 * Compiled deals by content (rule fields the solver reads, and the currency). The pipeline
 * compiles every promotion of a level again for each basket; with the memo a rule is parsed once
 * (decimal strings, the costly part) and equal rules share one deal, so the WASM deal table finds
 * it by its tiers array at once. Keyed by content, never by object: a rule edited in place gets a
 * fresh compile. Cleared when full, so it stays bounded.
 */
export const COMPILE_MEMO_LIMIT = 4096;
const memo = new BoundedMemo<CompiledItemDeal>(COMPILE_MEMO_LIMIT);

/**
 * The same (frozen) object for rules of equal content in one currency.
 * @example compileItemDeal(rule, 'USD').tiers[0] // { threshold: { kind: 'buys', quantity: 2 }, reward: { kind: 'percent', bp: 10000 } }
 */
export function compileItemDeal(rule: ItemDealRule, currency: string): CompiledItemDeal {
  return memo.get(ruleKey(rule, currency), () => compileFresh(rule, currency));
}

function ruleKey(rule: ItemDealRule, currency: string): string {
  let key = `${currency}|${rule.combination}|${rule.target}|${rule.rewardCount}|${rule.maxDiscount ?? ''}`;
  for (let i = 0; i < rule.tiers.length; i++) {
    const th = rule.tiers[i]!.threshold;
    const r = rule.tiers[i]!.reward;
    key += `|${th.kind}:${th.kind === 'spendsAtLeast' ? th.amount : th.quantity}:${r.kind}:${r.kind === 'percent' ? r.percent : r.kind === 'free' ? '' : r.amount}`;
  }
  return key;
}

function compileFresh(rule: ItemDealRule, currency: string): CompiledItemDeal {
  const tiers = Object.freeze(rule.tiers.map((t) => Object.freeze({ threshold: Object.freeze(compileThreshold(t.threshold, currency)), reward: Object.freeze(compileReward(t.reward, currency)) })));
  const base = { combination: rule.combination, target: rule.target, rewardCount: rule.rewardCount, tiers };
  return Object.freeze(rule.maxDiscount === undefined ? base : { ...base, maxDiscount: parseMoney(rule.maxDiscount, currency) });
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
