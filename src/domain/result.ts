import type { Money } from './primitives.ts';
import type { CouponStatus } from './coupon.ts';
import type { Problem } from './problem.ts';

/** Why a promotion did not apply (SPEC §7). Stable codes: tests and UIs key on them. */
export const REASON_CODES = [
  'inactive', 'outsideSchedule', 'outOfScope', 'conditionFailed', 'thresholdNotMet',
  'usedByHigherPriority', 'lostBestDeal', 'worseThanCustomerPrice', 'limitReached',
  'budgetExhausted', 'couponMissing', 'manualNotRequested', 'permissionMissing',
  'insufficientPoints', 'noBenefitProduct', 'noEligibleItems', 'scriptError', 'notImplemented',
  'timeRanOut',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * A run of units of one line: `count` consecutive units from `unit` (lines expand into one unit
 * per quantity; runs keep a long line's result as short as its distinct outcomes).
 */
export interface UnitRef {
  readonly lineId: string;
  /** 0-based index inside the line of the run's first unit. */
  readonly unit: number;
  /** Units in the run (≥ 1). */
  readonly count: number;
}

/**
 * Equal neighbours counted once, in order: how results and the tables showing them make runs.
 * @example runsOf([1, 1, 2, 1], (a, b) => a === b) // [{ item: 1, count: 2 }, { item: 2, count: 1 }, { item: 1, count: 1 }]
 */
export function runsOf<T>(items: Iterable<T>, same: (a: T, b: T) => boolean): { item: T; count: number }[] {
  const runs: { item: T; count: number }[] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (last !== undefined && same(last.item, item)) last.count++;
    else runs.push({ item, count: 1 });
  }
  return runs;
}

/** Units in a list of runs. @example unitCount([{ lineId: 'l1', unit: 0, count: 3 }]) // 3 */
export function unitCount(runs: readonly { readonly count: number }[]): number {
  let n = 0;
  for (const r of runs) n += r.count;
  return n;
}

/** How many applications a result record stands for. @example copiesIn({ copies: 333 } as Application) // 333 */
export const copiesIn = (a: Pick<Application, 'copies'>): number => a.copies ?? 1;

export interface UnitDiscount {
  readonly promotionId: string;
  readonly amount: Money;
}

/** `count` consecutive units of a line, from `unit`, with the same result each. */
export interface UnitResult {
  /** 0-based index inside the line of the run's first unit. */
  readonly unit: number;
  /** Units in the run (≥ 1); every field below is per unit. */
  readonly count: number;
  readonly unitPrice: Money;
  readonly customerPrice?: Money;
  /** Saving booked on this unit per promotion, after dispersion. */
  readonly discounts: readonly UnitDiscount[];
  readonly net: Money;
  /** A reward was clipped at zero or the product's floor price. */
  readonly clipped?: boolean;
}

export interface LineResult {
  readonly lineId: string;
  readonly productId: string;
  readonly quantity: number;
  readonly gross: Money;
  readonly customerPriceSaving: Money;
  readonly promotionSaving: Money;
  readonly net: Money;
  /** The line's units as runs of identical results, in unit order (Σ count = quantity). */
  readonly units: readonly UnitResult[];
}

/**
 * One application, or `copies` identical ones counted as one record: "buy 3, the cheapest free"
 * on a line of 999 units is one record with 333 copies. A counted record's units and money cover
 * all its copies; each copy uses, per line, `1 / copies` of its units and saves `saving ÷ copies`.
 * Its units are laid out together: in each line the rewarded units come first.
 */
export interface Application {
  readonly promotionId: string;
  /** Index into the promotion's tiers (0 for rules without tiers). */
  readonly tier: number;
  /** Identical applications this record stands for; absent for one. */
  readonly copies?: number;
  /** Runs of the units the application uses (its set; every copy's), in line then unit order. */
  readonly unitsUsed: readonly UnitRef[];
  /** Runs of the units that receive its reward. */
  readonly unitsRewarded: readonly UnitRef[];
  /** The saving of the record: of all its copies together. */
  readonly saving: Money;
  /** What the zero or floor price clipped off this application (all its copies). */
  readonly clipped?: Money;
  /**
   * What the promotion's budget cut off this application (SPEC §6, §7): its reward was more than
   * the customer's remaining balance, so it gave that balance instead. Absent when uncapped.
   */
  readonly budgetCapped?: Money;
}

export type PromotionOutcome =
  | {
      readonly promotionId: string;
      readonly status: 'applied';
      readonly saving: Money;
      readonly applications: number;
      readonly message: string;
    }
  | {
      readonly promotionId: string;
      readonly status: 'notApplied';
      readonly reason: ReasonCode;
      readonly message: string;
      /** The observed value that failed ("42.00"), where there is one. */
      readonly observed?: string;
      /** What is missing for a near miss ("add 1 more qualifying item"). */
      readonly missing?: string;
      /** The same near miss as data, so a UI can rank near misses without reading `missing`. */
      readonly shortfall?: Shortfall;
    };

/**
 * How far a near miss is from applying: `missing` more of the threshold's unit, `have` already in
 * the order (0 = nothing in the order counts yet). Amounts are decimal strings like all result money.
 */
export type Shortfall =
  | { readonly kind: 'items'; readonly missing: number; readonly have: number }
  | { readonly kind: 'amount'; readonly missing: Money; readonly have: Money }
  | { readonly kind: 'points'; readonly missing: number; readonly have: number }
  | { readonly kind: 'participants'; readonly missing: number; readonly have: number };

export interface CouponOutcome {
  readonly code: string;
  readonly status: CouponStatus;
  readonly promotionId?: string;
  readonly message: string;
}

export interface GiftLine {
  readonly promotionId: string;
  readonly productId: string;
  readonly quantity: number;
  readonly unitPrice: Money;
}

export interface IssuedCode {
  readonly code: string;
  readonly promotionId: string;
  readonly issuedBy: string;
  readonly customerId?: string;
}

export interface Totals {
  /** Σ regular unit prices. */
  readonly gross: Money;
  /** From customer prices kept. */
  readonly customerPriceSaving: Money;
  readonly promotionSaving: Money;
  /** gross − both savings. */
  readonly net: Money;
  readonly shipping: Money;
  readonly shippingDiscount: Money;
  /** net + shipping − shippingDiscount + priced gifts. */
  readonly toPay: Money;
}

/**
 * The whole-evaluation budget (docs/engine.md, "Budget"): nodes every search of the evaluation
 * shared, and whether they (or the wall-clock limit) ran out — then later searches answered with
 * their greedy plan and `optimal` is false.
 */
export interface EvaluationBudgetReport {
  readonly nodes: { readonly limit: number; readonly used: number };
  readonly millis: { readonly limit: number };
  readonly exhausted: boolean;
  /** What ran out first, when something did. */
  readonly by?: 'nodes' | 'time';
}

export interface EvaluationResult {
  readonly orderId: string;
  readonly currency: string;
  /** The best deal is proven optimal; false when the search budget cut it off. */
  readonly optimal: boolean;
  /** With `optimal: false`: an upper bound on the saving the search could not rule out. */
  readonly bound?: Money;
  /** The evaluation budget and what it used (always set by `evaluate`). */
  readonly budget?: EvaluationBudgetReport;
  readonly totals: Totals;
  readonly lines: readonly LineResult[];
  readonly applications: readonly Application[];
  /** One entry for every promotion in the bundle, in bundle order. */
  readonly promotions: readonly PromotionOutcome[];
  readonly coupons: readonly CouponOutcome[];
  readonly gifts: readonly GiftLine[];
  readonly issuedCoupons: readonly IssuedCode[];
  readonly pointsSpent: number;
  /** Non-fatal problems met while evaluating (a script that failed, a clipped reward…). */
  readonly problems: readonly Problem[];
}
