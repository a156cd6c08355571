import type { Bundle, EvaluationResult, LedgerState, Order, Selection } from '../domain/index.ts';
import { concurrencyOf, emptyState, formatCount, maxOf, parseMoney } from '../domain/index.ts';
import {
  checkSchedule, checkScope, checkStatus, checkTrigger, makeContext, manualPriceLinesAllowed, productOf, unitRole,
} from './eligibility/index.ts';
import type { ScriptRunner } from './eligibility/types.ts';
import { runCompound } from './compound.ts';
import { runExclusiveLevels } from './levels.ts';
import { answersPerPromotion, scriptHooks } from './scripts.ts';
import { buildResult } from './result-builder.ts';
import { selectionOf } from './rewards/index.ts';
import { customerSubtotal, FREE_UNIT, notApplied, sameState, type Candidate, type DispersionScript, type Run } from './run.ts';
import { lineUnits } from './units.ts';
import { RangeMap } from './unit-ranges.ts';
import { EvaluationBudget, type BudgetOptions } from './budget.ts';
import { solveLevel as referenceSolveLevel } from './solver/index.ts';
import type { LevelSolver } from './solver/types.ts';
import { runSolverOf } from './solver/runs.ts';

export interface EvaluateOptions {
  /** Decides dispersion for promotions naming a `DiscountFinancialDispersion` script (SPEC §8). Default: the bundle's scripts (`scriptHooks`). */
  readonly dispersionScript?: DispersionScript;
  /** Runs `DiscountCondition` scripts (SPEC §9). Default: the bundle's scripts (`scriptHooks`). */
  readonly runScript?: ScriptRunner;
  /** IANA zone per outlet id. */
  readonly outletTimeZones?: Readonly<Record<string, string>>;
  /**
   * Solves one priority level of exclusive item deals (SPEC §5). Default: the TypeScript reference
   * solver; the WASM solver has the same contract, so either gives the same result.
   */
  readonly solveLevel?: LevelSolver;
  /** The whole-evaluation budget (nodes, milliseconds); unset fields come from `bundle.settings`, then the defaults. */
  readonly budget?: BudgetOptions;
  /**
   * Re-solve each item deal the best deal left out to say why (`lostBestDeal`, `usedByHigherPriority`,
   * `worseThanCustomerPrice` or a near miss). Default true. An order-history replay, which keeps
   * only what applied and the limits hit, turns it off: the totals, applications and limit reasons
   * are the same either way, and the re-solves were a seventh of a replayed order's time.
   */
  readonly explainMisses?: boolean;
}

/** Per line, the index of its first unit (lines expand in order); the last entry is the units' count. */
function lineStarts(order: Order): number[] {
  const starts = [0];
  for (const line of order.lines) starts.push(starts[starts.length - 1]! + line.quantity);
  return starts;
}

/** Rules without a selection work on every eligible line. */
const EVERYTHING: Selection = { qualifying: { kind: 'all' }, excluded: [], excludeOnSale: false };

/**
 * A script hook that fails at once, as its promotion's `scriptError`, once the evaluation's time is
 * gone (a run the hook cut short, or the caller's own hook, would otherwise let each script take
 * its own second, 1,666 "buy 3" applications of one scripted promotion half an hour).
 */
function untilTimeIsUp<A extends unknown[], R extends { readonly ok: boolean }>(
  budget: EvaluationBudget,
  hook: (...args: A) => R | { readonly ok: false; readonly message: string },
): (...args: A) => R | { readonly ok: false; readonly message: string } {
  return (...args: A) => {
    if (budget.spentTime) return { ok: false, message: `not run: the evaluation's ${formatCount(budget.millis)} ms ran out` };
    const r = hook(...args);
    // A run its deadline cut short leaves the budget marked as spent by time.
    if (!r.ok) void budget.spentTime;
    return r;
  };
}

/**
 * Evaluates an order against a bundle (SPEC §2–§8) without touching the ledger.
 * 1. lines → runs of units; 2. per promotion status → schedule → scope → trigger (conditions and limits
 * wait for the promotion's moment); 3. exclusive levels; 4. compound promotions; 5. outcomes for
 * every promotion; 6. dispersion; 7. the result.
 * @example evaluate(bundle, order).totals.promotionSaving // '20.00'
 */
export function evaluate(bundle: Bundle, order: Order, state: LedgerState = emptyState(), options: EvaluateOptions = {}): EvaluationResult {
  const budget = new EvaluationBudget(bundle.settings, options.budget);
  // Scripts draw on the evaluation's time as searches do: each run stops at its end, and none
  // starts after it (docs/engine.md, "Budget").
  const scripts = scriptHooks(bundle, { now: budget.clock, endsAt: budget.endsAt });
  const dispersion = options.dispersionScript ?? scripts.dispersionScript;
  const ctx = makeContext(bundle, order, state, {
    runScript: untilTimeIsUp(budget, options.runScript ?? scripts.runScript),
    ...(options.outletTimeZones === undefined ? {} : { outletTimeZones: options.outletTimeZones }),
  });
  const lines = lineUnits(order, bundle.currency, (line) => productOf(line, ctx).floorPrice);
  const lineStart = lineStarts(order);
  const run: Run = {
    ctx, lines, lineStart,
    // Each line starts a run of its own: a run never spans two lines.
    state: new RangeMap(lineStart[lineStart.length - 1]!, FREE_UNIT, new Set(lineStart), sameState),
    roleUnits: new Map(),
    apps: [],
    outcomes: new Map(),
    granted: new Map(),
    gifts: [],
    issued: [],
    net: customerSubtotal(lines),
    shippingLeft: maxOf(parseMoney(order.shipping, bundle.currency), 0n),
    shippingDiscount: 0n,
    pointsSpent: 0,
    optimal: true,
    boundGap: 0n,
    dispersionScript: untilTimeIsUp(budget, dispersion),
    dispersionPerPromotion: answersPerPromotion(dispersion),
    solveLevel: options.solveLevel ?? referenceSolveLevel,
    solveRuns: runSolverOf(options.solveLevel ?? referenceSolveLevel),
    budget,
    explainMisses: options.explainMisses ?? true,
  };

  const exclusive: Candidate[] = [];
  const compound: Candidate[] = [];
  for (const p of bundle.promotions) {
    const first = [checkStatus(p), checkSchedule(p, ctx), checkScope(p, ctx), checkTrigger(p, ctx)].find((c) => !c.ok);
    if (first !== undefined && !first.ok) {
      run.outcomes.set(p.id, notApplied(p.id, first));
      continue;
    }
    const selection = selectionOf(p.rule) ?? EVERYTHING;
    const options = { manualPriceLines: manualPriceLinesAllowed(p) };
    const lineRoles = order.lines.map((line) => unitRole(selection, line, ctx, options));
    (concurrencyOf(p) === 'exclusive' ? exclusive : compound).push({ promotion: p, lineRoles });
  }
  runExclusiveLevels(run, exclusive);
  runCompound(run, compound);
  return buildResult(run);
}
