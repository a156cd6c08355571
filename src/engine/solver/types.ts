/**
 * Data contract of the exclusive item-deal solver (SPEC §4.1, §5): one priority level in, the
 * chosen applications out. Data only — plain arrays, numbers and bigints — so the AssemblyScript
 * port can mirror it field for field. Money is bigint minor units; indices are 0-based.
 */
import type { RewardTarget } from '../../domain/rule.ts';
import type { UnitRange } from '../unit-ranges.ts';

/** One unit of a line (lines expand into one unit per quantity). */
export interface SolverUnit {
  /** Index of the line in the order (ties: earlier line first). */
  readonly line: number;
  /** Index of the unit inside its line. */
  readonly unit: number;
  readonly productId: string;
  /** Regular `unitPrice`; every reward is computed on it. */
  readonly price: bigint;
  /** What the customer pays with no promotion: `customerPrice` where set, else `price`. */
  readonly customerPrice: bigint;
  /** Lowest net price a promotion may take the unit to: the product's floorPrice, or 0. */
  readonly floor: bigint;
}

/** A tier's reward, compiled to minor units / basis points. `free` compiles to percent 10000. */
export type CompiledReward =
  | { readonly kind: 'percent'; readonly bp: number }
  | { readonly kind: 'amountOff'; readonly amount: bigint }
  | { readonly kind: 'setAmountOff'; readonly amount: bigint }
  | { readonly kind: 'fixedTotal'; readonly amount: bigint }
  | { readonly kind: 'unitPrice'; readonly amount: bigint };

/** A tier's threshold, compiled to minor units. */
export type CompiledThreshold =
  | { readonly kind: 'buys' | 'buysAtLeast'; readonly quantity: number }
  | { readonly kind: 'spendsAtLeast'; readonly amount: bigint };

export interface CompiledTier {
  readonly threshold: CompiledThreshold;
  readonly reward: CompiledReward;
}

/** The rule-derived part of a solver promotion (what `compileItemDeal` returns). */
export interface CompiledItemDeal {
  /** `same`: every set (application) is made of one product only. */
  readonly combination: 'any' | 'same';
  readonly target: RewardTarget;
  /** Units rewarded per application for `cheapest*` targets. */
  readonly rewardCount: number;
  /** 1–8 tiers, in the rule's order; `SolvedApplication.tier` indexes this array. */
  readonly tiers: readonly CompiledTier[];
  /** Caps one application's saving. */
  readonly maxDiscount?: bigint;
}

/** An exclusive item deal taking part in this level. */
export interface SolverPromotion extends CompiledItemDeal {
  readonly id: string;
  /** Priority number (all promotions of one solve share a level; kept for tie-breaking docs). */
  readonly priority: number;
  /** Indices into `SolveInput.units` of qualifying units (benefit units already removed, SPEC §3.5). */
  readonly qualifying: readonly number[];
  /** Indices into `SolveInput.units` of benefit units (only read by `*Benefit` targets). */
  readonly benefit: readonly number[];
  /** Most applications allowed in this order (limits); a large int (e.g. 2**30) when unlimited. */
  readonly maxApplications: number;
  /** Remaining money budget: the promotion's savings over all its applications stay ≤ budget. */
  readonly budget?: bigint;
}

export interface SolveInput {
  readonly units: readonly SolverUnit[];
  /** Parallel to `units`; false = taken by an earlier priority level (or otherwise unusable). */
  readonly available: readonly boolean[];
  readonly promotions: readonly SolverPromotion[];
  /** SPEC §5 `rewardPolicy`. */
  readonly policy: 'bestDeal' | 'cheapestInTransaction';
  /** Most search nodes before giving up with `optimal: false` (deterministic count, not time). */
  readonly searchBudget: number;
}

/**
 * One application of one promotion, or `copies` identical applications of it counted as one
 * (docs/solver.md 12). Copies are counted only for a promotion without a budget, and only when
 * every copy takes, in each line, the same number of units and is priced the same: then, in each
 * line, copy i holds the i-th block of the line's `used` units (ascending), and the rewarded units
 * of that block with their savings (`expandCopies` lists them one by one).
 */
export interface SolvedApplication {
  /** Index into `SolveInput.promotions`. */
  readonly promotion: number;
  /** Index into that promotion's `tiers`. */
  readonly tier: number;
  /** How many identical applications this record stands for; absent = 1. */
  readonly copies?: number;
  /** Unit indices the application consumes (its set, rewarded units included; every copy's), ascending. */
  readonly used: readonly number[];
  /** Unit indices that receive the reward, ascending; a subset of `used`. */
  readonly rewarded: readonly number[];
  /** Saving per rewarded unit, parallel to `rewarded`, after floor/zero clipping and caps. */
  readonly savings: readonly bigint[];
  /** Σ savings (of every copy). */
  readonly saving: bigint;
  /** What floor/zero clipping removed from this application (0n when none; every copy's); caps are not clipping. */
  readonly clipped: bigint;
}

export interface SolveOutput {
  /** Ordered by promotion index, then by the smallest unit index used. */
  readonly applications: readonly SolvedApplication[];
  /**
   * The objective: Σ application savings + Σ over available units not used of (price − customerPrice).
   */
  readonly total: bigint;
  /** True when the search proved `total` maximal (always true for cheapestInTransaction). */
  readonly optimal: boolean;
  /** With `optimal: false`: an upper bound on the objective (≥ total). */
  readonly bound?: bigint;
  /** Search nodes visited (deterministic; the WASM port must count the same). */
  readonly nodes: number;
}

// ---- The same contract on runs (docs/solver.md 13) ------------------------------------------------

/**
 * Alike units of one line: the caller's unit indices [first, first + count). A line of 1,000,000
 * units is one run, so what crosses to the solver and back grows with the runs, not the units.
 */
export interface SolverRun extends SolverUnit {
  /** The caller's index of the run's first unit (runs ascend by it and never overlap). */
  readonly first: number;
  /** Units in the run (≥ 1). */
  readonly count: number;
}

/** A `SolverPromotion` whose `qualifying` and `benefit` list indices into `RunInput.runs`. */
export type RunPromotion = SolverPromotion;

/** One level on runs: every unit of every run is available (taken units are simply not listed). */
export interface RunInput {
  readonly runs: readonly SolverRun[];
  readonly promotions: readonly RunPromotion[];
  readonly policy: SolveInput['policy'];
  readonly searchBudget: number;
}

/**
 * A `SolvedApplication` with its unit lists as ranges of the caller's indices, each inside one
 * run, ascending; `savings[i]` is the saving of every unit of `rewarded[i]`. A counted record is
 * laid out in strata (docs/solver.md 13).
 */
export interface RunApplication extends Omit<SolvedApplication, 'used' | 'rewarded'> {
  readonly used: readonly UnitRange[];
  readonly rewarded: readonly UnitRange[];
}

export interface RunOutput extends Omit<SolveOutput, 'applications'> {
  readonly applications: readonly RunApplication[];
}

/** A level solver on runs. */
export type RunSolver = (input: RunInput) => RunOutput;

/**
 * A level solver on the per-unit contract. One that can also take runs natively (the WASM port)
 * says so with `runs`; the engine then never expands a line into units for it.
 */
export interface LevelSolver {
  (input: SolveInput): SolveOutput;
  readonly runs?: RunSolver;
}
