import { z } from 'zod';
import type { DeepReadonly } from './readonly.ts';
import { IdSchema, InstantSchema, LocalDateSchema, MoneySchema, NonNegativeIntSchema } from './primitives.ts';

export const IssuedCouponSchema = z.strictObject({
  code: z.string().min(1),
  promotionId: IdSchema,
  /** The promotion whose reward issued it. */
  issuedBy: IdSchema,
  customerId: z.string().optional(),
  issuedAt: InstantSchema,
  /** Wallet expiry from the target's `relativeExpiry`, if any. */
  expiresAt: InstantSchema.optional(),
});
export type IssuedCoupon = DeepReadonly<z.output<typeof IssuedCouponSchema>>;

export const BudgetBalanceSchema = z.strictObject({
  /** What the customer has drawn from the budget in the current period. */
  spent: MoneySchema,
  /** Local date the current period began (for reloads). */
  periodStart: LocalDateSchema,
});

/**
 * The simulation ledger that travels beside an order (SPEC §2). Evaluation never mutates it;
 * `commit` returns the next state.
 */
export const LedgerStateSchema = z.strictObject({
  promotionUses: z.record(z.string(), NonNegativeIntSchema).default({}),
  customerUses: z.record(z.string(), z.record(z.string(), NonNegativeIntSchema)).default({}),
  couponUses: z.record(z.string(), NonNegativeIntSchema).default({}),
  budgets: z.record(z.string(), z.record(z.string(), BudgetBalanceSchema)).default({}),
  /** Points balances that override the order's customer record once a commit has run. */
  points: z.record(z.string(), NonNegativeIntSchema).default({}),
  issuedCoupons: z.array(IssuedCouponSchema).default([]),
});
export type LedgerState = DeepReadonly<z.output<typeof LedgerStateSchema>>;

export const emptyState = (): LedgerState => LedgerStateSchema.parse({});
