/**
 * The eligibility layer's API (SPEC §2, §3, §6, §7): everything that decides whether a promotion
 * may run on an order before any reward is computed. Data in, data out: no exceptions for
 * expected outcomes, no mutation of the bundle, order or state.
 *
 * Typical use by the evaluator:
 * ```ts
 * const ctx = makeContext(bundle, order, state, { runScript });
 * for (const p of bundle.promotions) {
 *   const failed = [checkStatus(p), checkSchedule(p, ctx), checkScope(p, ctx), checkTrigger(p, ctx)]
 *     .find((c) => !c.ok);
 *   // …conditions need the net subtotal at the promotion's level: checkConditions(p, ctx, net)
 *   const limits = checkLimits(p, ctx); // maxApplications, budgetRemaining
 *   const units = order.lines.map((l) => unitRole(selection, l, ctx, { manualPriceLines: manualPriceLinesAllowed(p) }));
 * }
 * const coupons = couponOutcomes(ctx, promotionOutcomes);
 * ```
 *
 * State keys (SPEC §2 ledger): `state.promotionUses[promotionId]`,
 * `state.customerUses[promotionId][customerId]`, `state.couponUses[code]`,
 * `state.budgets[promotionId][customerId]`, `state.points[customerId]`.
 */
import type {
  Attributes, Bundle, Customer, Promotion, LedgerState, Minor, Order, Problem, Product, ReasonCode, Shortfall,
} from '../../domain/index.ts';
import type { LocalDateTime } from '../time/types.ts';

/** A check that passed, or why it failed, in the shape of a `notApplied` promotion outcome. */
export type Check = { readonly ok: true } | Failure;

export interface Failure {
  readonly ok: false;
  readonly reason: ReasonCode;
  /** A sentence for the analyst: "subtotal 42.00 < 50.00", "needs 20 more points". */
  readonly message: string;
  /** The observed value that failed ("42.00"), where there is one. */
  readonly observed?: string;
  /** What is missing for a near miss ("needs 20 more points"). */
  readonly missing?: string;
  /** The near miss as data (`PromotionOutcome.shortfall`). */
  readonly shortfall?: Shortfall;
}

export const PASS: Check = { ok: true };

/** Outcome of running a `DiscountCondition` script. */
export type ScriptRun =
  | { readonly ok: true; readonly value: boolean }
  | { readonly ok: false; readonly message: string };

/** Runs a `DiscountCondition` script of the bundle's library; supplied by the DSL layer. */
export type ScriptRunner = (scriptId: string, ctx: EvalContext, promotion?: Promotion) => ScriptRun;

/** Optional collaborators of `makeContext`. */
export interface ContextHooks {
  readonly runScript?: ScriptRunner;
  /** IANA zone per outlet id; the bundle carries no outlet list, so the caller may supply one. */
  readonly outletTimeZones?: Readonly<Record<string, string>>;
}

/**
 * Everything derived once per (bundle, order, state). Plain data plus the optional script hook.
 */
export interface EvalContext {
  readonly bundle: Bundle;
  readonly order: Order;
  readonly state: LedgerState;
  readonly currency: string;
  /** `order.customer`, with `points` replaced by `state.points[id]` when the ledger has it. */
  readonly customer?: Customer;
  /** The outlet's zone when known, else the bundle's (falls back to UTC if neither is a valid zone). */
  readonly timeZone: string;
  /** The order's instant, epoch milliseconds. */
  readonly instant: number;
  /** The order's wall clock in `timeZone` (age, budgets, schedules without their own zone). */
  readonly local: LocalDateTime;
  /** The order's local date (YYYY-MM-DD) in the bundle's zone: coupon usage dates are read there. */
  readonly bundleLocalDate: string;
  /** Σ unitPrice × quantity over every line, minor units. */
  readonly grossSubtotal: Minor;
  /** Catalog products by id. */
  readonly products: ReadonlyMap<string, Product>;
  readonly runScript?: ScriptRunner;
  /** Non-fatal problems met while building the context (an unknown time zone…). */
  readonly problems: readonly Problem[];
}

/** Limits passed: how many applications the promotion may still have on this order. */
export interface LimitsOk {
  readonly ok: true;
  /** min(maxUsesPerOrder, remaining per customer, remaining total, affordable by points); UNLIMITED when none. */
  readonly maxApplications: number;
  /** The customer's remaining budget after any reload; absent when the promotion has no budget. */
  readonly budgetRemaining?: Minor;
  /** Start (local date) of the budget period the order falls in; commit writes it with the new `spent`. */
  readonly budgetPeriodStart?: string;
  /** What the customer has already spent in that period (0 after a reload). */
  readonly budgetSpent?: Minor;
}

export type LimitsCheck = LimitsOk | Failure;

/** `maxApplications` when nothing limits a promotion. */
export const UNLIMITED = Number.MAX_SAFE_INTEGER;

/** How a line's units take part in a promotion's selection; null = not at all. */
export type UnitRole = 'qualifying' | 'benefit' | null;

export interface UnitRoleOptions {
  /** Lines with `manualPrice` take part only when true (manual and loyalty promotions). Default false. */
  readonly manualPriceLines?: boolean;
}

/** A line's product as the engine sees it: catalog attributes overridden by the line's. */
export interface ProductView {
  readonly attributes: Attributes;
  readonly floorPrice?: Minor;
}

/** What one entered code resolved to before the promotion's own checks (internal to coupons, exported for the evaluator). */
export interface CodeMatch {
  readonly code: string;
  /** Index of the entry in `order.coupons`. */
  readonly index: number;
  readonly promotionId?: string;
  /** `usable` = the code itself is valid; `overridden` = invalid but forced by `couponOverride`. */
  readonly validity: 'usable' | 'overridden' | 'unknown' | 'inactive' | 'notYetValid' | 'expired' | 'exhausted' | 'alreadyUsedInOrder' | 'wrongCustomer';
  readonly message: string;
  /** Where the code came from: the bundle's list or the ledger's issued codes. */
  readonly source?: 'bundle' | 'issued';
}
