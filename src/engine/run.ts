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
export function netSubtotal(run: Run): Minor {
  let total = 0n;
  for (let i = 0; i < run.units.length; i++) total += netOf(run, i);
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

/** A promotion that passed status, schedule, scope and trigger, with each unit's role in its selection. */
export interface Candidate {
  readonly promotion: Promotion;
  /** Parallel to `Run.units`. */
  readonly roles: readonly ('qualifying' | 'benefit' | null)[];
}
