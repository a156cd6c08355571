import { z } from 'zod';
import type { DeepReadonly } from './readonly.ts';
import { CountSchema, IdSchema, MoneySchema, NonNegativeIntSchema, PercentSchema } from './primitives.ts';
import { SelectionSchema } from './selector.ts';
import { LIMITS } from './limits.ts';

/** A rule's list of tiers, steps, answers or options: at least one, at most `LIMITS.tiersPerRule`. */
const tierList = <T extends z.ZodType>(item: T) =>
  z.array(item).min(1).max(LIMITS.tiersPerRule, `at most ${LIMITS.tiersPerRule} entries`);

/** Per-application threshold of an item deal (SPEC §4.1). */
export const ThresholdSchema = z.discriminatedUnion('kind', [
  /** Exactly N qualifying units per application, repeated in sets. */
  z.strictObject({ kind: z.literal('buys'), quantity: CountSchema }),
  /** One application over all its qualifying units once there are at least N. */
  z.strictObject({ kind: z.literal('buysAtLeast'), quantity: CountSchema }),
  /** Likewise once the covered units' value (customer price where set) reaches the amount. */
  z.strictObject({ kind: z.literal('spendsAtLeast'), amount: MoneySchema }),
]);
export type Threshold = DeepReadonly<z.output<typeof ThresholdSchema>>;

export const ItemRewardSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('percent'), percent: PercentSchema }),
  z.strictObject({ kind: z.literal('amountOff'), amount: MoneySchema }),
  z.strictObject({ kind: z.literal('setAmountOff'), amount: MoneySchema }),
  z.strictObject({ kind: z.literal('fixedTotal'), amount: MoneySchema }),
  z.strictObject({ kind: z.literal('unitPrice'), amount: MoneySchema }),
  z.strictObject({ kind: z.literal('free') }),
]);
export type ItemReward = DeepReadonly<z.output<typeof ItemRewardSchema>>;

/** Percent-like rewards make tiers ranges; money rewards make tiers exact bundles. */
export const isRateReward = (r: ItemReward): boolean => r.kind === 'percent' || r.kind === 'free';

export const TierSchema = z.strictObject({ threshold: ThresholdSchema, reward: ItemRewardSchema });
export type Tier = DeepReadonly<z.output<typeof TierSchema>>;

export const RewardTargetSchema = z.enum(['cheapestQualifying', 'cheapestBenefit', 'allQualifying', 'allBenefit']);
export type RewardTarget = z.output<typeof RewardTargetSchema>;

const PercentOrAmount = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('percent'), percent: PercentSchema }),
  z.strictObject({ kind: z.literal('amountOff'), amount: MoneySchema }),
]);
export type PercentOrAmount = DeepReadonly<z.output<typeof PercentOrAmount>>;

const GiftSchema = z.strictObject({
  productId: IdSchema,
  quantity: CountSchema.default(1),
  /** Price of each gift unit; absent = free. */
  price: MoneySchema.optional(),
});
export type Gift = DeepReadonly<z.output<typeof GiftSchema>>;

const ItemDeal = z.strictObject({
  kind: z.literal('itemDeal'),
  selection: SelectionSchema,
  combination: z.enum(['any', 'same']).default('any'),
  target: RewardTargetSchema,
  /** Units rewarded per application for `cheapest*` targets ("buy 2 get 2 free" is buys 4, rewardCount 2). */
  rewardCount: CountSchema.default(1),
  tiers: z.array(TierSchema).min(1).max(LIMITS.itemDealTiers, `an item deal has at most ${LIMITS.itemDealTiers} tiers`),
  /** Caps one application's saving. */
  maxDiscount: MoneySchema.optional(),
});

/**
 * What a promotion gives (SPEC §4). Every rule not scoped to an explicit `selection` works on all
 * eligible lines of the order.
 */
export const RuleSchema = z.discriminatedUnion('kind', [
  ItemDeal,
  z.strictObject({
    kind: z.literal('orderDiscount'),
    reward: PercentOrAmount,
    maxDiscount: MoneySchema.optional(),
    selection: SelectionSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('slidingDiscount'),
    basis: z.enum(['amount', 'quantity']),
    /** `from` is a decimal amount (basis amount) or a whole count (basis quantity); the highest reached applies. */
    steps: tierList(z.strictObject({ from: z.string(), reward: PercentOrAmount })),
    maxDiscount: MoneySchema.optional(),
    selection: SelectionSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('shippingDiscount'),
    reward: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('percent'), percent: PercentSchema }),
      z.strictObject({ kind: z.literal('amountOff'), amount: MoneySchema }),
      z.strictObject({ kind: z.literal('free') }),
    ]),
  }),
  z.strictObject({ kind: z.literal('getProduct'), gift: GiftSchema }),
  z.strictObject({
    kind: z.literal('pickProduct'),
    tiers: tierList(z.strictObject({ minOrder: MoneySchema, options: tierList(GiftSchema) })),
    defaultProductId: IdSchema,
  }),
  z.strictObject({
    kind: z.literal('ageDiscount'),
    /** `amount`: the age as an amount off; `percent`: the age as a percent; `tiers`: by age range. */
    mode: z.enum(['amount', 'percent', 'tiers']),
    tiers: z
      .array(z.strictObject({ minAge: NonNegativeIntSchema, maxAge: NonNegativeIntSchema.optional(), reward: PercentOrAmount }))
      .max(LIMITS.tiersPerRule, `at most ${LIMITS.tiersPerRule} entries`)
      .default([]),
    selection: SelectionSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('combo'),
    mode: z.enum(['same', 'multi']),
    tiers: tierList(z.strictObject({ items: CountSchema, reward: PercentOrAmount })),
    selection: SelectionSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('multiPerson'),
    mode: z.enum(['same', 'multi']),
    tiers: tierList(z.strictObject({ participants: CountSchema, reward: PercentOrAmount })),
    selection: SelectionSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('question'),
    question: IdSchema,
    answers: tierList(z.strictObject({ answer: z.string(), reward: PercentOrAmount })),
    per: z.enum(['item', 'person']),
    selection: SelectionSchema.optional(),
  }),
  /** Manual and loyalty rewards: the value is fixed here or entered at apply time. */
  z.strictObject({
    kind: z.literal('fixedAmount'),
    amount: MoneySchema.optional(),
    selection: SelectionSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('percentage'),
    percent: PercentSchema.optional(),
    selection: SelectionSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('employee'),
    percent: PercentSchema,
    excludingTax: z.boolean().default(false),
    selection: SelectionSchema.optional(),
  }),
  z.strictObject({ kind: z.literal('generateCoupon'), targetPromotionId: IdSchema }),
  z.strictObject({ kind: z.literal('loyaltyCode'), targetPromotionId: IdSchema }),
]);
export type Rule = DeepReadonly<z.output<typeof RuleSchema>>;
export type RuleKind = Rule['kind'];
export type ItemDealRule = Extract<Rule, { kind: 'itemDeal' }>;
