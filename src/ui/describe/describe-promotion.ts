import { concurrencyOf, type Concurrency, type Promotion } from '../../domain/promotion.ts';
import type { DescribeContext } from './context.ts';
import { conditionInWords, type WordsNode } from './describe-condition.ts';
import { limitsInWords } from './describe-limits.ts';
import { ruleInWords, ruleKindInWords } from './describe-rule.ts';
import { scheduleInWords } from './describe-schedule.ts';
import { selectionInWords } from './describe-selection.ts';
import { triggerInWords } from './describe-trigger.ts';
import { listInWords } from './format.ts';

/** Everything the detail panel shows, already in words. */
export interface PromotionWords {
  readonly headline: string;
  readonly kind: string;
  readonly trigger: string;
  readonly schedule: string;
  readonly scope: readonly string[];
  readonly customerFilters: readonly WordsNode[];
  readonly items: readonly string[];
  readonly conditions?: WordsNode;
  readonly limits: readonly string[];
  readonly concurrency: string;
}

const CONCURRENCY_WORDS: Readonly<Record<Concurrency, string>> = {
  exclusive: 'Exclusive: each item takes part in at most one exclusive promotion',
  compound: 'Compound: applies on top of the price earlier promotions left',
  compoundOnOriginal: 'Compound on original price: computed on the regular price, then added',
};

/** Short concurrency name for tables. */
export const concurrencyInWords = (c: Concurrency): string =>
  c === 'exclusive' ? 'Exclusive' : c === 'compound' ? 'Compound' : 'On original';

const CHANNEL_WORDS: Readonly<Record<string, string>> = { inStore: 'in store', online: 'online' };

function itemsOf(p: Promotion, ctx: DescribeContext): string[] {
  const rule = p.rule;
  if ('selection' in rule) return selectionInWords(rule.selection, ctx);
  return [];
}

/**
 * A promotion in words, section by section, for the detail panel.
 * @example describePromotion(promotion, makeDescribeContext(bundle)).headline // 'Buy 2, cheapest free'
 */
export function describePromotion(p: Promotion, ctx: DescribeContext): PromotionWords {
  const scope: string[] = [];
  const outlets = p.scope?.outlets ?? [];
  const channels = p.scope?.channels ?? [];
  scope.push(outlets.length === 0 ? 'Every outlet' : `Outlets ${listInWords(outlets.map((o) => `"${o}"`), 'or')}`);
  scope.push(channels.length === 0 ? 'Every channel' : `Only ${listInWords(channels.map((c) => CHANNEL_WORDS[c] ?? c), 'or')}`);
  const base = {
    headline: ruleInWords(p.rule, ctx),
    kind: ruleKindInWords(p.rule.kind),
    trigger: triggerInWords(p.trigger, p.id, ctx),
    schedule: scheduleInWords(p.schedule, ctx.timeZone),
    scope,
    customerFilters: (p.scope?.customers ?? []).map((c) => conditionInWords(c, ctx)),
    items: itemsOf(p, ctx),
    limits: limitsInWords(p.limits, ctx),
    concurrency: CONCURRENCY_WORDS[concurrencyOf(p)],
  };
  return p.conditions === undefined ? base : { ...base, conditions: conditionInWords(p.conditions, ctx) };
}
