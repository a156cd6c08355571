/**
 * Replay of an order history through a bundle: the contract the browser worker (history-ui), the
 * report views (report-ui), the CLI and queue workers (scale-out) share. Orders run in time order
 * (`at`, then `orderId`) through `evaluate` then `commit`, carrying the ledger (SPEC §2), so
 * limits, budgets with reload, coupon uses, points and generated codes behave as they would have.
 *
 * Two forms of figures: the accumulator inside (bigint minor units, `report-accumulator.ts`) and
 * the serialised `ReplayReport` below (decimal strings, versioned JSON). Reports of shards merge
 * exactly (`mergeReports`), so a run split by customer gives the same report as one run.
 */
import type { Bundle, Money, Order, Problem } from '../domain/index.ts';
import type { LevelSolver } from '../engine/solver/types.ts';

export const REPLAY_REPORT_FORMAT = 'promo-workbench.replay-report';
export const REPLAY_REPORT_VERSION = 1;

/** Which level solver ran: the WASM port or the TypeScript reference (same results). */
export type ReplaySolverName = 'wasm' | 'reference';

/** The injected level solver; structurally the simulator's `LevelSolver`. */
export interface ReplaySolver {
  readonly name: ReplaySolverName;
  /** Absent: the reference solver. */
  readonly solveLevel?: LevelSolver;
}

// ── Sharding ──

/**
 * Why a shard plan is what it is. Stable codes:
 * - `promotion-wide-state`: the bundle has promotion-wide state (a `maxUsesTotal`, a coupon
 *   `maxUses`, generated codes a customer could pass on…), so the history runs as ONE time-ordered
 *   shard: exact, not parallel. `promotionIds` name the promotions responsible.
 * - `sharded-by-customer`: every piece of state belongs to one customer, so shards by customer are exact.
 * - `approximated-promotion-wide-limits`: shards ran in parallel although promotion-wide limits
 *   exist (each shard counted its own uses): those promotions' figures are approximate.
 * - `orders-not-optimal`: some orders' best deal hit the search budget (`optimal: false`).
 * - `evaluation-failed`: the engine failed on some orders (a bug); they count as orders without saving.
 */
export type ReplayNoteCode =
  | 'promotion-wide-state' | 'sharded-by-customer' | 'approximated-promotion-wide-limits'
  | 'orders-not-optimal' | 'evaluation-failed';

export interface ReplayNote {
  readonly code: ReplayNoteCode;
  readonly message: string;
  readonly promotionIds?: readonly string[];
  /** For counted notes (orders not optimal, failures): how many orders. */
  readonly orders?: number;
}

export interface Shard {
  /** 0-based; shards are independent and may run anywhere, in any order. */
  readonly index: number;
  /** The shard's orders, already in replay order (`at`, then `orderId`). */
  readonly orders: readonly Order[];
}

export interface ShardPlan {
  /** `byCustomer`: orders of one customer (or without one) always land in the same shard. */
  readonly kind: 'byCustomer' | 'single';
  readonly shards: readonly Shard[];
  readonly notes: readonly ReplayNote[];
}

export interface PlanShardsOptions {
  /** Shards wanted when sharding by customer (e.g. the worker count). Default 1. */
  readonly shards?: number;
  /** Shard by customer even with promotion-wide state; the report then notes the approximation. */
  readonly approximate?: boolean;
}

// ── Running ──

export interface ReplayProgress {
  /** Orders done in this shard. */
  readonly done: number;
  readonly total: number;
  readonly elapsedMs: number;
}

/** One applied promotion on one order. */
export interface AppliedPromotion {
  readonly promotionId: string;
  readonly saving: Money;
  readonly applications: number;
}

/**
 * A limit or budget that stopped or cut a promotion on an order:
 * `limitReached` / `budgetExhausted` (it did not apply; the outcome's reason code) or
 * `budgetCapped` (it applied, but its budget cut `amount` off the reward).
 */
export type LimitHit =
  | { readonly kind: 'limitReached' | 'budgetExhausted'; readonly promotionId: string }
  | { readonly kind: 'budgetCapped'; readonly promotionId: string; readonly amount: Money };

/** What the UI keeps per order for drill-down and compare (compact: no explanation). */
export interface OrderOutcome {
  readonly orderId: string;
  readonly customerId?: string;
  readonly at: string;
  readonly outlet?: string;
  readonly channel: string;
  /** Σ regular unit prices. */
  readonly gross: Money;
  /**
   * What the promotions gave away: saving on the goods plus shipping discounts (customer-price
   * saving is not a promotion's and is left out). Equals the sum of `applied[].saving`.
   */
  readonly saving: Money;
  /** gross − customer-price saving − promotion saving. */
  readonly net: Money;
  readonly applied: readonly AppliedPromotion[];
  readonly limitHits: readonly LimitHit[];
  readonly optimal: boolean;
  /** Set when the engine failed on this order (then nothing applied). */
  readonly failure?: string;
}

export interface ReplayOptions {
  readonly solver: ReplaySolver;
  /** Checked between orders (the loop yields now and then so an abort can arrive). */
  readonly signal?: AbortSignal;
  /** Called about every 100 ms of work and once at the end. */
  readonly onProgress?: (progress: ReplayProgress) => void;
  readonly onOrder?: (outcome: OrderOutcome) => void;
  /** How many biggest discounts the report keeps. Default 20. */
  readonly topN?: number;
  /** Notes from the shard plan, carried into the report. */
  readonly notes?: readonly ReplayNote[];
  /** How the history was sharded (recorded in the report). Default `{ kind: 'single', shards: 1 }`. */
  readonly sharding?: ReplayReport['sharding'];
}

/** `replayShard`'s answer; a cancelled run is `replay-cancelled`. Never throws. */
export type ReplayShardResult =
  | { readonly ok: true; readonly value: ReplayReport }
  | { readonly ok: false; readonly problems: readonly Problem[] };

// ── The report (serialised, versioned) ──

/** Money sums of a group of orders. */
export interface Figures {
  readonly orders: number;
  /** Orders with a promotion saving > 0. */
  readonly ordersWithSaving: number;
  readonly gross: Money;
  readonly customerPriceSaving: Money;
  /** Promotion saving: on the goods plus shipping discounts (what the promotions gave away). */
  readonly saving: Money;
  /** gross − customer-price saving − saving. */
  readonly net: Money;
  /** saving ÷ gross as a percent with two decimals ("12.34"), half away from zero; "0.00" for no gross. */
  readonly savingRate: string;
}

export interface Totals extends Figures {
  readonly lines: number;
  readonly units: number;
}

export interface PromotionFigures {
  readonly promotionId: string;
  readonly name: string;
  /** Orders it applied to. */
  readonly orders: number;
  readonly applications: number;
  /** Units whose price it reduced. */
  readonly units: number;
  readonly saving: Money;
  /** saving ÷ orders, half away from zero to the minor unit ("0.00" when it never applied). */
  readonly averageSavingPerOrder: Money;
  /** Its share of all promotion saving, percent with two decimals. */
  readonly shareOfSaving: string;
  /** limitReached + budgetExhausted + budgetCapped. */
  readonly limitHits: number;
  readonly limitHitsByKind: Readonly<Record<LimitHit['kind'], number>>;
}

export interface GroupFigures extends Figures {
  /** Outlet id ("" = no outlet), channel, or local date (YYYY-MM-DD in the bundle's time zone). */
  readonly key: string;
}

/**
 * Orders by promotion saving: bucket i holds savings s with `from < s ≤ to`; the first bucket is
 * `{ to: "0" }` (no saving), the last has no `to`. Edges are fixed per currency so shards add up.
 */
export interface HistogramBucket {
  readonly from?: Money;
  readonly to?: Money;
  readonly orders: number;
  readonly saving: Money;
}

/** One of the biggest discounts; sorted by saving desc, then `at`, then `orderId`. */
export interface TopDiscount {
  readonly orderId: string;
  readonly customerId?: string;
  readonly at: string;
  readonly gross: Money;
  readonly saving: Money;
  readonly promotionIds: readonly string[];
}

export interface ReplayReport {
  readonly format: typeof REPLAY_REPORT_FORMAT;
  readonly formatVersion: typeof REPLAY_REPORT_VERSION;
  readonly currency: string;
  /** The bundle's time zone: days are local dates in it. */
  readonly timeZone: string;
  readonly bundle: { readonly name: string; readonly revision?: string };
  /**
   * What was replayed. `fingerprint` is order-independent (a sum of per-order hashes), so the
   * merge of shard reports has the fingerprint of the whole history.
   */
  readonly history: { readonly fingerprint: string; readonly orders: number };
  readonly solver: ReplaySolverName;
  readonly sharding: { readonly kind: ShardPlan['kind']; readonly shards: number };
  readonly notes: readonly ReplayNote[];
  readonly totals: Totals;
  /** One entry per promotion of the bundle, in bundle order. */
  readonly promotions: readonly PromotionFigures[];
  /** Sorted by key. */
  readonly byOutlet: readonly GroupFigures[];
  readonly byChannel: readonly GroupFigures[];
  /** Saving over time: one entry per local day with orders, sorted by date. */
  readonly byDay: readonly GroupFigures[];
  readonly histogram: readonly HistogramBucket[];
  readonly topN: number;
  readonly topDiscounts: readonly TopDiscount[];
  /** Orders whose best deal was not proven optimal, and orders the engine failed on. */
  readonly notOptimalOrders: number;
  readonly failedOrders: number;
}

/** Merge answer: reports of different bundles, currencies or histogram edges do not merge. */
export type MergeReportsResult =
  | { readonly ok: true; readonly value: ReplayReport }
  | { readonly ok: false; readonly problems: readonly Problem[] };

// ── The functions (implemented in src/replay/*.ts) ──

/** `planShards(bundle, orders, options)` in `shards.ts`: sorts and splits a history. */
export type PlanShards = (bundle: Bundle, orders: readonly Order[], options?: PlanShardsOptions) => ShardPlan;
/** `replayShard(bundle, orders, options)` in `replay-shard.ts`: runs one shard, returns its partial report. */
export type ReplayShard = (bundle: Bundle, orders: readonly Order[], options: ReplayOptions) => Promise<ReplayShardResult>;
/** `mergeReports(a, b)` in `report-merge.ts`: exact; associative and commutative. */
export type MergeReports = (a: ReplayReport, b: ReplayReport) => MergeReportsResult;
