import { z } from 'zod';
import type { DeepReadonly } from './readonly.ts';
import { IdSchema, MoneySchema, CountSchema } from './primitives.ts';
import { ProductSchema } from './product.ts';
import { CustomerSchema, OrderSchema } from './order.ts';
import { PromotionSchema } from './promotion.ts';
import { CouponSchema } from './coupon.ts';
import { ScriptSchema } from './script.ts';
import { LedgerStateSchema } from './state.ts';
import { REASON_CODES } from './result.ts';
import { BUDGET, LIMITS, formatCount } from './limits.ts';
import { BundleSignatureSchema } from './bundle-signature.ts';

export const BUNDLE_FORMAT = 'promo-workbench.bundle';
export const BUNDLE_FORMAT_VERSION = 1;

export const SettingsSchema = z.strictObject({
  /** `cheapestInTransaction` reproduces point-of-sale systems; the default is the customer-best deal. */
  rewardPolicy: z.enum(['bestDeal', 'cheapestInTransaction']).default('bestDeal'),
  /** Declared order properties: the universe `excluding` complements within. */
  orderProperties: z.array(z.string()).default([]),
  /** Search nodes per priority level before the best deal is returned with `optimal: false`. */
  searchBudget: CountSchema.max(BUDGET.maxNodes, `at most ${formatCount(BUDGET.maxNodes)} nodes`).default(200_000),
  /**
   * Search nodes for one whole evaluation (every level and every explanation's re-solve); when
   * spent, each later search returns its best plan so far and the result says `budget.exhausted`.
   */
  evaluationNodes: CountSchema.max(BUDGET.maxNodes, `at most ${formatCount(BUDGET.maxNodes)} nodes`).optional(),
  /** Wall-clock milliseconds for one whole evaluation's searches (same effect as `evaluationNodes`). */
  evaluationMillis: CountSchema.max(BUDGET.maxMillis, `at most ${formatCount(BUDGET.maxMillis)} ms`).optional(),
});
export type Settings = DeepReadonly<z.output<typeof SettingsSchema>>;

/** What a saved basket is expected to produce; checked by tests and the simulator. */
export const ExpectationSchema = z.strictObject({
  promotionSaving: MoneySchema.optional(),
  net: MoneySchema.optional(),
  applied: z.array(IdSchema).optional(),
  notApplied: z.record(z.string(), z.enum(REASON_CODES)).optional(),
});
export type Expectation = DeepReadonly<z.output<typeof ExpectationSchema>>;

export const SavedBasketSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  description: z.string().optional(),
  order: OrderSchema,
  state: LedgerStateSchema.optional(),
  expected: ExpectationSchema.optional(),
});
export type SavedBasket = DeepReadonly<z.output<typeof SavedBasketSchema>>;

/** A coupon CSV shipped beside the bundle (SPEC §11), for code lists too large to inline. */
export const CouponFileRefSchema = z.strictObject({ promotionId: IdSchema, file: z.string().min(1) });

/** The unit that leaves the workbench (SPEC §10). */
export const BundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  /** SHA-256 (hex) of the canonical JSON (RFC 8785) of the bundle without this field. */
  revision: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest').optional(),
  /** Optional Ed25519 signature over the canonical JSON without this member (checked and stripped on import). */
  signature: BundleSignatureSchema.optional(),
  name: z.string().min(1),
  description: z.string().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as "USD"'),
  timeZone: z.string().min(1),
  settings: SettingsSchema.default({ rewardPolicy: 'bestDeal', orderProperties: [], searchBudget: 200_000 }),
  products: z.array(ProductSchema).default([]),
  customers: z.array(CustomerSchema).default([]),
  promotions: z.array(PromotionSchema).max(LIMITS.promotionsPerBundle, `a bundle has at most ${formatCount(LIMITS.promotionsPerBundle)} promotions`),
  coupons: z
    .array(CouponSchema)
    .max(LIMITS.couponsPerBundle, `at most ${formatCount(LIMITS.couponsPerBundle)} inline codes; put longer lists in a coupon CSV`)
    .default([]),
  couponFiles: z.array(CouponFileRefSchema).default([]),
  scripts: z.array(ScriptSchema).default([]),
  baskets: z.array(SavedBasketSchema).default([]),
});
export type Bundle = DeepReadonly<z.output<typeof BundleSchema>>;
export type BundleInput = z.input<typeof BundleSchema>;
