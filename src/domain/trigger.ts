import { z } from 'zod';
import type { DeepReadonly } from './readonly.ts';
import { MoneySchema, NonNegativeIntSchema, PercentSchema } from './primitives.ts';

/** How a promotion is set off (SPEC §3.1). Codes themselves live in the bundle's `coupons`. */
export const TriggerSchema = z.discriminatedUnion('kind', [
  /** "Price rule": applies whenever its conditions hold. */
  z.strictObject({ kind: z.literal('automatic') }),
  /**
   * Applies only when one of its codes is entered. `discountCode` codes are unlimited and never
   * expire until disabled.
   */
  z.strictObject({ kind: z.literal('coupon'), flavour: z.enum(['coupon', 'discountCode']).default('coupon') }),
  /** Codes issued only by another promotion's `generateCoupon` reward. */
  z.strictObject({ kind: z.literal('generatedCoupon'), bindToCustomer: z.boolean().default(true) }),
  /** Needs `order.manual` and the staff permission `applyManualDiscount`; the value is entered, capped here. */
  z.strictObject({
    kind: z.literal('manual'),
    maxAmount: MoneySchema.optional(),
    maxPercent: PercentSchema.optional(),
  }),
  /** Costs points per application; a loyalty promotion may have no other conditions. */
  z.strictObject({ kind: z.literal('loyalty'), pointsCost: NonNegativeIntSchema }),
]);
export type Trigger = DeepReadonly<z.output<typeof TriggerSchema>>;
export type TriggerKind = Trigger['kind'];
