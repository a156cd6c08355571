import { z } from 'zod';
import type { DeepReadonly } from './readonly.ts';
import { ChannelSchema, CountSchema, IdSchema, MoneySchema } from './primitives.ts';
import { ConditionSchema } from './condition.ts';
import { TriggerSchema } from './trigger.ts';
import { ScheduleSchema } from './schedule.ts';
import { RuleSchema, type Rule } from './rule.ts';

export const STATUSES = ['draft', 'active', 'inactive', 'archived'] as const;

export const ScopeSchema = z.strictObject({
  /** Empty = every outlet. */
  outlets: z.array(z.string()).default([]),
  /** Empty = every channel. */
  channels: z.array(ChannelSchema).default([]),
  /** Qualifying-customer filters; any one admits the customer. Empty = everyone. */
  customers: z.array(ConditionSchema).default([]),
});
export type Scope = DeepReadonly<z.output<typeof ScopeSchema>>;

export const RELOAD_STRATEGIES = ['none', 'startOfYear', 'yearly', 'startOfQuarter', 'quarterly', 'startOfMonth', 'monthly'] as const;

export const LimitsSchema = z.strictObject({
  maxUsesPerOrder: CountSchema.optional(),
  /** Needs a customer on the order. */
  maxUsesPerCustomer: CountSchema.optional(),
  maxUsesTotal: CountSchema.optional(),
  /** Per-customer money balance the promotion's savings draw down. */
  budget: z
    .strictObject({ amount: MoneySchema, reload: z.enum(RELOAD_STRATEGIES).default('none') })
    .optional(),
});
export type Limits = DeepReadonly<z.output<typeof LimitsSchema>>;

export const CONCURRENCY = ['exclusive', 'compound', 'compoundOnOriginal'] as const;
export const ConcurrencySchema = z.enum(CONCURRENCY);
export type Concurrency = (typeof CONCURRENCY)[number];

/** SPEC §8 numbering: 0 proportional, 1 most→least expensive, 2 least→most, 3 high→low tax, 4 low→high tax. */
export const FinancialDispersionSchema = z.number().int().min(0).max(4);
/** 0 all units of the set, 1 rewarded units, 2 non-rewarded units of the set, 3 all discountable lines. */
export const ProductDispersionSchema = z.number().int().min(0).max(3);

export const DispersionSchema = z.strictObject({
  financial: FinancialDispersionSchema.optional(),
  product: ProductDispersionSchema.optional(),
  /** A `DiscountFinancialDispersion` script deciding both per application. */
  scriptId: IdSchema.optional(),
});
export type Dispersion = DeepReadonly<z.output<typeof DispersionSchema>>;

export const PromotionSchema = z.strictObject({
  id: IdSchema,
  /** Internal name. */
  name: z.string().min(1),
  /** Receipt/customer-facing text. */
  label: z.string().optional(),
  description: z.string().optional(),
  group: z.string().optional(),
  /** Ids of this promotion in target systems, for `mirrored` export. */
  externalIds: z.record(z.string(), z.string()).default({}),
  status: z.enum(STATUSES).default('active'),
  /** 1 is evaluated first. */
  priority: CountSchema.default(1),
  trigger: TriggerSchema.default({ kind: 'automatic' }),
  schedule: ScheduleSchema.optional(),
  scope: ScopeSchema.optional(),
  conditions: ConditionSchema.optional(),
  rule: RuleSchema,
  limits: LimitsSchema.optional(),
  /** Default: `exclusive` for item deals, `compound` for everything else. */
  concurrency: ConcurrencySchema.optional(),
  dispersion: DispersionSchema.optional(),
});
export type Promotion = DeepReadonly<z.output<typeof PromotionSchema>>;
export type PromotionInput = z.input<typeof PromotionSchema>;

/** The concurrency a promotion runs with when it names none. */
export function concurrencyOf(p: Pick<Promotion, 'concurrency' | 'rule'>): Concurrency {
  return p.concurrency ?? defaultConcurrency(p.rule);
}

export function defaultConcurrency(rule: Rule): Concurrency {
  return rule.kind === 'itemDeal' ? 'exclusive' : 'compound';
}

/** SPEC §8 defaults: unit rewards book on rewarded units, set and order rewards over the whole set. */
export function defaultDispersion(rule: Rule): { financial: number; product: number } {
  if (rule.kind === 'itemDeal') {
    const setLike = rule.tiers.some((t) => t.reward.kind === 'setAmountOff' || t.reward.kind === 'fixedTotal');
    return { financial: 0, product: setLike ? 0 : 1 };
  }
  return { financial: 0, product: 0 };
}
