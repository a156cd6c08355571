import { describe, expect, it } from 'vitest';
import {
  CONCURRENCY, CONDITION_FIELDS, ItemRewardSchema, RewardTargetSchema, RuleSchema, STATUSES,
  ThresholdSchema, TriggerSchema, type Condition, type ItemDealRule, type Promotion,
} from '../../src/domain/index.ts';
import { readSampleBundle } from '../support/sample-files.ts';

/**
 * The sample workspace is the project's tour of features: it must use every member of the domain
 * unions. The expected sets come from the domain enums and union members, so adding a member to
 * the domain without adding it to the sample fails here.
 */

const bundle = readSampleBundle();
const promotions = bundle.promotions;
const itemDeals = promotions.flatMap((p) => (p.rule.kind === 'itemDeal' ? [p.rule] : []));
const kindsOf = (options: readonly { shape: { kind: { value: string } } }[]): string[] => options.map((o) => o.shape.kind.value);

// Exhaustive by type: a new union member without an entry here is a compile error.
const CONDITION_KINDS: Record<Condition['kind'], true> = { all: true, any: true, not: true, leaf: true, orderProperties: true, script: true };
const COMBINATIONS: Record<ItemDealRule['combination'], true> = { any: true, same: true };

function conditionsOf(p: Promotion): Condition[] {
  const out: Condition[] = [];
  const visit = (c: Condition): void => {
    out.push(c);
    if (c.kind === 'all' || c.kind === 'any') c.of.forEach(visit);
    if (c.kind === 'not') visit(c.of);
  };
  if (p.conditions) visit(p.conditions);
  p.scope?.customers.forEach(visit);
  return out;
}
const allConditions = promotions.flatMap(conditionsOf);

const used = (values: Iterable<string>): string[] => [...new Set(values)].sort();
const sorted = (values: Iterable<string>): string[] => [...values].sort();

describe('sample coverage of the domain unions', () => {
  it.each([
    ['trigger kinds', used(promotions.map((p) => p.trigger.kind)), kindsOf(TriggerSchema.options)],
    ['threshold kinds', used(itemDeals.flatMap((r) => r.tiers.map((t) => t.threshold.kind))), kindsOf(ThresholdSchema.options)],
    ['combinations', used(itemDeals.map((r) => r.combination)), Object.keys(COMBINATIONS)],
    ['reward targets', used(itemDeals.map((r) => r.target)), [...RewardTargetSchema.options]],
    ['item reward types', used(itemDeals.flatMap((r) => r.tiers.map((t) => t.reward.kind))), kindsOf(ItemRewardSchema.options)],
    ['rule kinds', used(promotions.map((p) => p.rule.kind)), kindsOf(RuleSchema.options)],
    ['explicit concurrency modes', used(promotions.flatMap((p) => (p.concurrency ? [p.concurrency] : []))), [...CONCURRENCY]],
    ['statuses', used(promotions.map((p) => p.status)), [...STATUSES]],
    ['condition kinds', used(allConditions.map((c) => c.kind)), Object.keys(CONDITION_KINDS)],
    ['condition fields', used(allConditions.flatMap((c) => (c.kind === 'leaf' ? [c.field] : []))), [...CONDITION_FIELDS]],
    [
      'order-properties requireAll × excluding',
      used(allConditions.flatMap((c) => (c.kind === 'orderProperties' ? [`${c.requireAll}/${c.excluding}`] : []))),
      ['false/false', 'false/true', 'true/false', 'true/true'],
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(sorted(expected));
  });
});

/** Features that are options rather than union members, each a predicate over the bundle. */
const FEATURES: [string, () => boolean][] = [
  ['coupon flavour discountCode', () => promotions.some((p) => p.trigger.kind === 'coupon' && p.trigger.flavour === 'discountCode')],
  ['coupon flavour coupon', () => promotions.some((p) => p.trigger.kind === 'coupon' && p.trigger.flavour === 'coupon')],
  ['rewardCount above 1', () => itemDeals.some((r) => r.rewardCount > 1)],
  ['item-deal maxDiscount', () => itemDeals.some((r) => r.maxDiscount !== undefined)],
  ['percent tier ranges', () => itemDeals.some((r) => r.tiers.length >= 3 && r.tiers.every((t) => t.reward.kind === 'percent'))],
  ['money tiers', () => itemDeals.some((r) => r.tiers.length >= 2 && r.tiers.every((t) => t.reward.kind === 'setAmountOff'))],
  ['order discount percent with a cap', () => promotions.some((p) => p.rule.kind === 'orderDiscount' && p.rule.reward.kind === 'percent' && p.rule.maxDiscount !== undefined)],
  ['order discount amount', () => promotions.some((p) => p.rule.kind === 'orderDiscount' && p.rule.reward.kind === 'amountOff')],
  ['sliding by amount', () => promotions.some((p) => p.rule.kind === 'slidingDiscount' && p.rule.basis === 'amount')],
  ['sliding by quantity', () => promotions.some((p) => p.rule.kind === 'slidingDiscount' && p.rule.basis === 'quantity')],
  ['free shipping', () => promotions.some((p) => p.rule.kind === 'shippingDiscount' && p.rule.reward.kind === 'free')],
  ['maxUsesPerOrder', () => promotions.some((p) => p.limits?.maxUsesPerOrder !== undefined)],
  ['maxUsesPerCustomer', () => promotions.some((p) => p.limits?.maxUsesPerCustomer !== undefined)],
  ['maxUsesTotal', () => promotions.some((p) => p.limits?.maxUsesTotal !== undefined)],
  ['budget with a reload strategy', () => promotions.some((p) => (p.limits?.budget?.reload ?? 'none') !== 'none')],
  ['schedule start and end', () => promotions.some((p) => p.status === 'active' && p.schedule?.start !== undefined && p.schedule.end !== undefined)],
  ['schedule weekdays', () => promotions.some((p) => p.schedule?.weekdays !== undefined)],
  ['schedule daily window', () => promotions.some((p) => p.schedule?.dailyWindow !== undefined)],
  ['schedule relative expiry', () => promotions.some((p) => p.schedule?.relativeExpiry !== undefined)],
  ['scope outlets', () => promotions.some((p) => (p.scope?.outlets.length ?? 0) > 0)],
  ['scope channels', () => promotions.some((p) => (p.scope?.channels.length ?? 0) > 0)],
  ['scope customer filters', () => promotions.some((p) => (p.scope?.customers.length ?? 0) > 0)],
  ['excludeOnSale', () => promotions.some((p) => 'selection' in p.rule && p.rule.selection?.excludeOnSale === true)],
  ['excluded products', () => promotions.some((p) => 'selection' in p.rule && (p.rule.selection?.excluded.length ?? 0) > 0)],
  ['benefit selector', () => itemDeals.some((r) => r.selection.benefit !== undefined)],
  ['fixed ∪ filter selector', () => itemDeals.some((r) => r.selection.qualifying.kind === 'productsOrFilter')],
  ['dispersion setting', () => promotions.some((p) => p.dispersion?.financial !== undefined)],
  ['dispersion script', () => promotions.some((p) => p.dispersion?.scriptId !== undefined)],
  ['several priority levels', () => new Set(promotions.map((p) => p.priority)).size >= 3],
  [
    'competing exclusive item deals at one level',
    () => {
      const levels = promotions.filter((p) => p.status === 'active' && p.rule.kind === 'itemDeal' && (p.concurrency ?? 'exclusive') === 'exclusive');
      const qualifyingByLevel = new Map<string, number>();
      for (const p of levels) {
        const key = `${p.priority}:${p.rule.kind === 'itemDeal' ? JSON.stringify(p.rule.selection.qualifying) : ''}`;
        qualifyingByLevel.set(key, (qualifyingByLevel.get(key) ?? 0) + 1);
      }
      return [...qualifyingByLevel.values()].some((n) => n >= 2);
    },
  ],
  ['external ids on most promotions', () => promotions.filter((p) => Object.keys(p.externalIds).length > 0).length >= promotions.length * 0.8],
  ['an exhausted coupon code', () => bundle.coupons.some((c) => c.maxUses !== null && c.usageCount >= c.maxUses)],
  ['an inactive coupon code', () => bundle.coupons.some((c) => !c.active)],
  ['coupon codes with date bounds', () => bundle.coupons.some((c) => c.firstUsage !== undefined) && bundle.coupons.some((c) => c.lastUsage !== undefined)],
  ['customers with each QA dispersion value', () => ['0', '1', '4'].every((v) => bundle.customers.some((c) => c.customFields['QA_DiscountFinancialDispersion'] === v))],
  ['membership products', () => bundle.products.some((p) => p.attributes['membership'] === true)],
  ['floor prices', () => bundle.products.some((p) => p.floorPrice !== undefined)],
  ['both script extension points', () => new Set(bundle.scripts.map((s) => s.extensionPoint)).size === 2],
];

describe('sample coverage of options', () => {
  it.each(FEATURES)('%s', (_name, holds) => {
    expect(holds()).toBe(true);
  });
});
