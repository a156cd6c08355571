import type { SolveInput, SolveOutput } from './solver/types.ts';
import type { Application, Minor, Promotion, PromotionOutcome } from '../domain/index.ts';
import type { EvalContext, Failure } from './eligibility/types.ts';
import type { DispersionChoice } from './dispersion.ts';
import type { DraftCode, DraftGift } from './rewards/types.ts';
import type { EngineUnit } from './units.ts';
import type { EvaluationBudget } from './budget.ts';

/** A decided application, before dispersion books it. Indices are `EngineUnit.index`. */
export interface AppRecord {
  readonly promotion: Promotion;
  readonly tier: number;
  readonly used: readonly number[];
  readonly rewarded: readonly number[];
  /** Parallel to `rewarded`: the saving decided per unit (what later compound rewards see). */
  readonly savings: readonly Minor[];
  readonly saving: Minor;
  readonly clipped: Minor;
  /** What the promotion's budget cut off this application (0n when uncapped). */
  readonly budgetCapped: Minor;
  readonly choice: DispersionChoice;
}

/** Hook deciding dispersion per application (SPEC §8, the `DiscountFinancialDispersion` script). */
export type DispersionScript = (
  scriptId: string,
  application: Application,
  ctx: EvalContext,
) => { readonly ok: true; readonly financial: number; readonly product: number } | { readonly ok: false; readonly message: string };

/**
 * The per-evaluation working state (never the ledger): which exclusive promotion took each unit,
 * the saving decided on each unit so far, and everything granted. Mutated only by the evaluator.
 */
export interface Run {
  readonly ctx: EvalContext;
  readonly units: readonly EngineUnit[];
  /** Per line l, the index of its first unit in `units`; one more entry holds the units' count. */
  readonly lineStart: readonly number[];
  /** Each item-deal candidate's qualifying and benefit units, listed when it is first solved. */
  readonly roleUnits: Map<Candidate, RoleUnits>;
  /** Exclusive promotion id that used each unit (it then pays from the regular price). */
  readonly takenBy: (string | undefined)[];
  /** Σ decided savings per unit. */
  readonly decided: Minor[];
  readonly apps: AppRecord[];
  /** notApplied outcomes decided so far; applied ones are built from `granted` at the end. */
  readonly outcomes: Map<string, PromotionOutcome>;
  /** Per applied promotion: applications, shipping discount and a note for its outcome sentence. */
  readonly granted: Map<string, { applications: number; shipping: Minor; notes: string[] }>;
  readonly gifts: { promotionId: string; gift: DraftGift }[];
  readonly issued: { issuedBy: string; code: DraftCode }[];
  /**
   * Σ over units of `netOf` right now, kept by `recordGrant` (the one place units are taken and
   * savings decided): every promotion's gate reads it, and a sum over the units per promotion
   * made a long order's evaluation quadratic.
   */
  net: Minor;
  shippingLeft: Minor;
  shippingDiscount: Minor;
  pointsSpent: number;
  optimal: boolean;
  /** Σ over non-optimal solves of (bound − total): how much more saving the search could not rule out. */
  boundGap: Minor;
  readonly dispersionScript?: DispersionScript;
  /** The level solver: the TypeScript reference by default, the WASM port when a caller plugs it in. */
  readonly solveLevel: (input: SolveInput) => SolveOutput;
  /** Nodes and time every search of this evaluation shares (levels, compound deals, explanations). */
  readonly budget: EvaluationBudget;
  /** Whether an item deal the best deal left out is re-solved to say why (`EvaluateOptions.explainMisses`). */
  readonly explainMisses: boolean;
}

/** What a unit costs before promotions: regular price once an exclusive promotion used it, else its customer price. */
export const baseOf = (run: Run, i: number): Minor => {
  const u = run.units[i]!;
  return run.takenBy[i] === undefined ? u.customerPrice : u.price;
};

/** The unit's net price right now. */
export const netOf = (run: Run, i: number): Minor => baseOf(run, i) - run.decided[i]!;

/** Net subtotal of the whole order right now (SPEC §3.4 `netSubtotal`). */
export const netSubtotal = (run: Run): Minor => run.net;

/** The net subtotal before any promotion: Σ customer prices (how `Run.net` starts). */
export function customerSubtotal(units: readonly EngineUnit[]): Minor {
  let total = 0n;
  for (const u of units) total += u.customerPrice;
  return total;
}

export function notApplied(promotionId: string, f: Failure): PromotionOutcome {
  return {
    promotionId, status: 'notApplied', reason: f.reason, message: f.message,
    ...(f.observed === undefined ? {} : { observed: f.observed }),
    ...(f.missing === undefined ? {} : { missing: f.missing }),
    ...(f.shortfall === undefined ? {} : { shortfall: f.shortfall }),
  };
}

/** A candidate's units by role, as the solver takes them (indices into `Run.units`). */
export interface RoleUnits {
  readonly qualifying: readonly number[];
  readonly benefit: readonly number[];
}

/** A unit's role in a promotion's selection (null: outside it). */
export type UnitRole = 'qualifying' | 'benefit' | null;

/** A promotion that passed status, schedule, scope and trigger, with each line's role in its selection. */
export interface Candidate {
  readonly promotion: Promotion;
  /**
   * Parallel to the order's lines: every unit of a line has its line's role. Kept per line, not
   * per unit, so a promotion costs nothing per unit of the lines outside its selection.
   */
  readonly lineRoles: readonly UnitRole[];
}

/**
 * Calls `f(role, i)` for every unit in the candidate's selection, in unit order (units are
 * expanded line by line, so a line's units are `run.lineStart[l]` up to `run.lineStart[l + 1]`).
 */
export function forEachRoleUnit(run: Run, c: Candidate, f: (role: 'qualifying' | 'benefit', i: number) => void): void {
  for (let l = 0; l < c.lineRoles.length; l++) {
    const role = c.lineRoles[l]!;
    if (role === null) continue;
    for (let i = run.lineStart[l]!; i < run.lineStart[l + 1]!; i++) f(role, i);
  }
}
