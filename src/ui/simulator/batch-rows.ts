/**
 * The pure side of "Run all baskets": one row per saved basket (pending until its evaluation comes
 * back), progress, and the summary line. Whether a result matches the basket's expectation is
 * decided by `checkExpectation`, the same checks the Simulator's "Expected" card shows.
 */
import type { Expectation } from '../../domain/bundle.ts';
import type { Problem } from '../../domain/problem.ts';
import { plural } from '../describe/format.ts';
import type { EvaluateBasketResponse, SolverName } from './evaluate-basket.ts';
import { checkExpectation } from './expectation-check.ts';

/** 'none' when the basket states no expectation. */
export type ExpectationVerdict = 'match' | 'differs' | 'none';

interface RowBase {
  readonly basketId: string;
  readonly name: string;
}

export type BatchRow =
  | (RowBase & { readonly kind: 'pending' })
  | (RowBase & {
      readonly kind: 'done';
      readonly promotionSaving: string;
      readonly net: string;
      /** How many promotions applied. */
      readonly applied: number;
      readonly optimal: boolean;
      readonly expectation: ExpectationVerdict;
      readonly solver: SolverName;
    })
  | (RowBase & { readonly kind: 'failed'; readonly problems: readonly Problem[] })
  /** The run was cancelled before this basket's evaluation finished. */
  | (RowBase & { readonly kind: 'cancelled' });

export interface BatchBasket {
  readonly id: string;
  readonly name: string;
  readonly expected?: Expectation | undefined;
}

/** @example pendingRows(workspace.baskets).length === workspace.baskets.length */
export const pendingRows = (baskets: readonly BatchBasket[]): BatchRow[] => baskets.map((b) => ({ kind: 'pending', basketId: b.id, name: b.name }));

/**
 * The row for a basket's evaluation response.
 * @example rowFromResponse(basket, { ok: true, value, explanation, solver: 'wasm' }).kind // 'done'
 */
export function rowFromResponse(basket: BatchBasket, response: EvaluateBasketResponse): BatchRow {
  const base = { basketId: basket.id, name: basket.name };
  if (!response.ok) return { ...base, kind: 'failed', problems: response.problems };
  const r = response.value;
  const expectation: ExpectationVerdict =
    basket.expected === undefined ? 'none' : checkExpectation(basket.expected, r).every((c) => c.ok) ? 'match' : 'differs';
  return {
    ...base,
    kind: 'done',
    promotionSaving: r.totals.promotionSaving,
    net: r.totals.net,
    applied: r.promotions.filter((o) => o.status === 'applied').length,
    optimal: r.optimal,
    expectation,
    solver: response.solver,
  };
}

/**
 * Marks every row still pending as cancelled; finished rows stay as they are.
 * @example cancelPending([pending, done]).map((r) => r.kind) // ['cancelled', 'done']
 */
export const cancelPending = (rows: readonly BatchRow[]): BatchRow[] =>
  rows.map((r) => (r.kind === 'pending' ? { kind: 'cancelled', basketId: r.basketId, name: r.name } : r));

export interface BatchProgress {
  /** Rows evaluated (done or failed); a cancelled row does not count, so a cancelled run's bar stays short. */
  readonly evaluated: number;
  readonly total: number;
}

/** @example progressOf(rows) // { evaluated: 3, total: 46 } */
export function progressOf(rows: readonly BatchRow[]): BatchProgress {
  return { evaluated: rows.filter((r) => r.kind === 'done' || r.kind === 'failed').length, total: rows.length };
}

/**
 * How the summary should look: 'bad' when a basket differs from its expectation or failed,
 * 'cancelled' when the run was cut short, 'ok' otherwise.
 * @example summaryTone([differs, done]) // 'bad'
 */
export function summaryTone(rows: readonly BatchRow[]): 'ok' | 'bad' | 'cancelled' {
  if (rows.some((r) => r.kind === 'failed' || (r.kind === 'done' && r.expectation === 'differs'))) return 'bad';
  return rows.some((r) => r.kind === 'cancelled') ? 'cancelled' : 'ok';
}

export interface BatchFacts {
  readonly elapsedMs: number;
  /** Workers the run could use (pool size, at most one per basket). */
  readonly workers: number;
}

const SOLVER_LABEL: Readonly<Record<SolverName, string>> = { wasm: 'WASM solver', reference: 'reference solver' };

function solversOf(rows: readonly BatchRow[]): string | undefined {
  const names = [...new Set(rows.flatMap((r) => (r.kind === 'done' ? [r.solver] : [])))].sort();
  if (names.length === 0) return undefined;
  return names.length === 1 ? SOLVER_LABEL[names[0]!] : 'WASM and reference solvers';
}

/**
 * The line under the results: expectation matches, how many were evaluated and how fast, which
 * solver, how many workers; failures and cancellation are named.
 * @example summarize(rows, { elapsedMs: 1234, workers: 2 })
 *          // '44 of 46 match their expectation · 46 evaluated in 1.2 s · WASM solver · 2 workers'
 */
export function summarize(rows: readonly BatchRow[], facts: BatchFacts): string {
  const done = rows.filter((r) => r.kind === 'done');
  const withExpectation = done.filter((r) => r.expectation !== 'none');
  const matching = withExpectation.filter((r) => r.expectation === 'match').length;
  const failed = rows.filter((r) => r.kind === 'failed').length;
  const cancelled = rows.filter((r) => r.kind === 'cancelled').length;
  const seconds = (facts.elapsedMs / 1000).toFixed(1);
  const parts: string[] = [];
  if (cancelled > 0) parts.push(`Cancelled: ${cancelled} not evaluated`);
  if (withExpectation.length > 0) parts.push(`${matching} of ${withExpectation.length} match their expectation`);
  parts.push(cancelled > 0 ? `${done.length + failed} of ${rows.length} evaluated in ${seconds} s` : `${done.length + failed} evaluated in ${seconds} s`);
  if (failed > 0) parts.push(`${failed} failed`);
  const solvers = solversOf(rows);
  if (solvers !== undefined) parts.push(solvers);
  parts.push(plural(Math.max(1, facts.workers), 'worker'));
  return parts.join(' · ');
}
