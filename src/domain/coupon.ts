import { z } from 'zod';
import type { DeepReadonly } from './readonly.ts';
import { IdSchema, LocalDateSchema, NonNegativeIntSchema } from './primitives.ts';
import { LIMITS, formatCount } from './limits.ts';

/** One code of a coupon-triggered promotion (SPEC §3.1, §11). */
export const CouponSchema = z.strictObject({
  /** Matched exactly: case-sensitive, spaces count. */
  code: z.string().min(1).max(LIMITS.codeLength, `a code has at most ${formatCount(LIMITS.codeLength)} characters`),
  promotionId: IdSchema,
  active: z.boolean().default(true),
  /** Default 1; null = unlimited (the `discountCode` flavour ignores it). */
  maxUses: NonNegativeIntSchema.nullable().default(1),
  /** Completed orders that used the code, across all customers, when the bundle was made. */
  usageCount: NonNegativeIntSchema.default(0),
  /** Inclusive dates in the bundle's zone. */
  firstUsage: LocalDateSchema.optional(),
  lastUsage: LocalDateSchema.optional(),
  /** Generated codes may be bound to the customer who received them. */
  customerId: z.string().optional(),
});
export type Coupon = DeepReadonly<z.output<typeof CouponSchema>>;

/** Every status an entered code can end with (SPEC §3.1). */
export const COUPON_STATUSES = [
  'applied', 'unknown', 'inactive', 'notYetValid', 'expired', 'exhausted', 'alreadyUsedInOrder',
  'conditionsNotMet', 'overridden',
] as const;
export type CouponStatus = (typeof COUPON_STATUSES)[number];
