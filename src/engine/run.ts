import type { LevelSolver, RunSolver } from './solver/types.ts';
import type { Application, Minor, Promotion, PromotionOutcome } from '../domain/index.ts';
import type { EvalContext, Failure } from './eligibility/types.ts';
import type { DispersionChoice } from './dispersion.ts';
import type { DraftCode, DraftGift } from './rewards/types.ts';
import { pieceOf, type EngineUnit } from './units.ts';
import { lastAtMost, type RangeMap, type UnitRange } from './unit-ranges.ts';
import type { EvaluationBudget } from './budget.ts';

/** A decided application, before dispersion books it. Ranges are of global unit indices. */
export interface AppRecord {
  readonly promotion: Promotion;
  readonly tier: number;
  readonly used: readonly UnitRange[];
  readonly rewarded: readonly UnitRange[];
  /** Parallel to `rewarded`: the saving decided on each unit of the range (what later compound rewards see). */
  readonly savings: readonly Minor[];
  readonly saving: Minor;
  readonly clipped: Minor;
  /** What the promotion's budget cut off this application (0n when uncapped). */
  readonly budgetCapped: Minor;
  readonly choice: DispersionChoice;
  /** Identical applications this record stands for (`copies.ts`); its ranges and money cover them all. */
  readonly copies: number;
}

/** Hook deciding dispersion per application (SPEC §8, the `DiscountFinancialDispersion` script). */
export type DispersionScript = (
  scriptId: string,
  application: Application,
  ctx: EvalContext,
) => { readonly ok: true; readonly financial: number; readonly product: number } | { readonly ok: false; readonly message: string };

/** What the evaluation has decided about a unit so far. */
export interface UnitState {
  /** Exclusive promotion id that used the unit (it then pays from the regular price). */
  readonly takenBy: string | undefined;
  /** Σ decided savings on the unit. */
  readonly decided: Minor;
}

export const FREE_UNIT: UnitState = { takenBy: undefined, decided: 0n };
export const sameState = (a: UnitState, b: UnitState): boolean => a.takenBy === b.takenBy && a.decided === b.decided;

/**
 * The per-evaluation working state (never the ledger): which exclusive promotion took each unit,
 * the saving decided on each unit so far, and everything granted. Mutated only by the evaluator.
 */
export interface Run {
  readonly ctx: EvalContext;
  /** Each line's units as one run: line l holds the global indices [lineStart[l], lineStart[l + 1]). */
  readonly lines: readonly EngineUnit[];
  /** Per line l, the global index of its first unit; one more entry holds the units' count. */
  readonly lineStart: readonly number[];
  /** Each unit's state, kept per run of units that share it (a line starts a run). */
  readonly state: RangeMap<UnitState>;
  /** Each item-deal candidate's qualifying and benefit lines, listed when it is first solved. */
  readonly roleUnits: Map<Candidate, RoleLines>;
  /** Each line's rank in the solver's content order (levels.ts `lineRanks`), per pricing, once made. */
  lineRanks?: { readonly line?: readonly number[]; readonly regular?: readonly number[] };
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
  /** Lines whose room `boundGap` already holds for item deals left out of their search (levels.ts `leaveOut`). */
  leftOut?: { readonly counted: boolean[]; n: number };
  /** `freeUnits`' last answer and the state version it was read at. */
  freeAt?: { readonly version: number; readonly free: readonly UnitRange[] };
  /** Lines whose room the bound already covers for compound deals the time ran out on (compound.ts). */
  roomCounted?: boolean[];
  readonly dispersionScript?: DispersionScript;
  /**
   * The dispersion hook answers per promotion: the bundle's own scripts read the promotion, the
   * order and the customer, never the application (SPEC §9), so every copy of an application
   * gets the same choice and scripted promotions are counted like fixed ones (`scripts.ts`
   * `answersPerPromotion`). A caller's own hook is handed each application.
   */
  readonly dispersionPerPromotion: boolean;
  /** The level solver: the TypeScript reference by default, the WASM port when a caller plugs it in. */
  readonly solveLevel: LevelSolver;
  /** The same solver on runs (its own run path, or the per-unit one behind `solver/runs.ts`). */
  readonly solveRuns: RunSolver;
  /** Nodes and time every search of this evaluation shares (levels, compound deals, explanations). */
  readonly budget: EvaluationBudget;
  /** Whether an item deal the best deal left out is re-solved to say why (`EvaluateOptions.explainMisses`). */
  readonly explainMisses: boolean;
}

/** What a unit costs before promotions: regular price once an exclusive promotion used it, else its customer price. */
export const baseOf = (u: EngineUnit, s: UnitState): Minor => (s.takenBy === undefined ? u.customerPrice : u.price);

/** The unit's net price right now. */
export const netOf = (u: EngineUnit, s: UnitState): Minor => baseOf(u, s) - s.decided;

/** Net subtotal of the whole order right now (SPEC §3.4 `netSubtotal`). */
export const netSubtotal = (run: Run): Minor => run.net;

/** The net subtotal before any promotion: Σ customer prices (how `Run.net` starts). */
export function customerSubtotal(lines: readonly EngineUnit[]): Minor {
  let total = 0n;
  for (const u of lines) total += u.customerPrice * BigInt(u.count);
  return total;
}

/** The line holding global unit `i`. */
export function lineOfUnit(run: Run, i: number): number {
  // lineStart has one more entry (the units' count); a unit index never reaches it.
  return lastAtMost(run.lineStart, i);
}

/** Calls `f(piece, state)` for each run of units in [from, to) that share a state (never across a line). */
export function forEachPiece(run: Run, from: number, to: number, f: (piece: EngineUnit, s: UnitState) => void): void {
  run.state.pieces(from, to, (a, b, s) => f(pieceOf(run.lines[lineOfUnit(run, a)]!, a, b), s));
}

/** Every unit of the order, run by run. */
export function forEachUnitPiece(run: Run, f: (piece: EngineUnit, s: UnitState) => void): void {
  forEachPiece(run, 0, run.lineStart[run.lines.length]!, f);
}

export function notApplied(promotionId: string, f: Failure): PromotionOutcome {
  return {
    promotionId, status: 'notApplied', reason: f.reason, message: f.message,
    ...(f.observed === undefined ? {} : { observed: f.observed }),
    ...(f.missing === undefined ? {} : { missing: f.missing }),
    ...(f.shortfall === undefined ? {} : { shortfall: f.shortfall }),
  };
}

/** A candidate's lines by role, and how many units they hold together. */
export interface RoleLines {
  readonly qualifying: readonly number[];
  readonly benefit: readonly number[];
  readonly units: number;
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
 * Calls `f(role, piece, state)` for every run of units in the candidate's selection that share a
 * state, in unit order (a line's units are `run.lineStart[l]` up to `run.lineStart[l + 1]`).
 */
export function forEachRolePiece(run: Run, c: Candidate, f: (role: 'qualifying' | 'benefit', piece: EngineUnit, s: UnitState) => void): void {
  for (let l = 0; l < c.lineRoles.length; l++) {
    const role = c.lineRoles[l]!;
    if (role === null) continue;
    const line = run.lines[l]!;
    run.state.pieces(run.lineStart[l]!, run.lineStart[l + 1]!, (a, b, s) => f(role, pieceOf(line, a, b), s));
  }
}
