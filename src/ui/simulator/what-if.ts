/**
 * What-if: the same baskets evaluated against the last saved bundle ("before") and the edited one
 * ("after"), compared per basket. Pure: the worker answers go in, plain data comes out. Money is
 * compared and summed in minor units (bigint), never as floats; amounts are formatted at the end
 * with the domain money formatter.
 */
import { formatMoney, tryParseMoney, type Minor } from '../../domain/money.ts';
import { problem, type Problem } from '../../domain/problem.ts';
import type { EvaluationResult, PromotionOutcome, ReasonCode } from '../../domain/result.ts';
import { formatAmount, plural } from '../describe/format.ts';
import type { EvaluateBasketResponse } from './evaluate-basket.ts';

/** A promotion that applies on one side only. */
export interface PromotionShift {
  readonly promotionId: string;
  /** Its saving on the side where it applies (decimal string). */
  readonly saving: string;
  /** Why it does not apply on the other side; absent when the promotion is not in that bundle. */
  readonly reason?: ReasonCode;
}

export type BasketDiff =
  | {
      readonly kind: 'compared';
      readonly id: string;
      readonly name: string;
      readonly currency: string;
      readonly savingBefore: Minor;
      readonly savingAfter: Minor;
      /** savingAfter − savingBefore: positive when the customer saves more. */
      readonly delta: Minor;
      readonly toPayBefore: Minor;
      readonly toPayAfter: Minor;
      /** Applied after, not before. */
      readonly started: readonly PromotionShift[];
      /** Applied before, not after. */
      readonly stopped: readonly PromotionShift[];
      /** Applied on both sides with a different saving. */
      readonly moved: readonly string[];
      /** Anything above differs: the basket belongs in the "changed" table. */
      readonly changed: boolean;
    }
  | {
      readonly kind: 'failed';
      readonly id: string;
      readonly name: string;
      /** Which evaluation failed. */
      readonly side: 'before' | 'after' | 'both';
      readonly problems: readonly Problem[];
    };

export interface WhatIfBasketAnswers {
  readonly id: string;
  readonly name: string;
  readonly before: EvaluateBasketResponse;
  readonly after: EvaluateBasketResponse;
}

const appliedSaving = (outcomes: readonly PromotionOutcome[]): Map<string, string> =>
  new Map(outcomes.flatMap((o) => (o.status === 'applied' ? [[o.promotionId, o.saving] as const] : [])));

function reasonIn(outcomes: readonly PromotionOutcome[], id: string): ReasonCode | undefined {
  const o = outcomes.find((x) => x.promotionId === id);
  return o?.status === 'notApplied' ? o.reason : undefined;
}

function minor(amount: string, currency: string, what: string): Minor | Problem {
  const m = tryParseMoney(amount, currency);
  return m.ok ? m.minor : problem('what-if-bad-amount', `${what} "${amount}" is not an amount in ${currency}: ${m.message}`);
}

function compareResults(id: string, name: string, before: EvaluationResult, after: EvaluationResult): BasketDiff {
  if (before.currency !== after.currency) {
    const p = problem('what-if-currency-changed', `the edited bundle prices in ${after.currency}, the saved one in ${before.currency}: amounts cannot be compared`);
    return { kind: 'failed', id, name, side: 'after', problems: [p] };
  }
  const c = before.currency;
  const amounts = [
    minor(before.totals.promotionSaving, c, 'saving before'),
    minor(after.totals.promotionSaving, c, 'saving after'),
    minor(before.totals.toPay, c, 'to pay before'),
    minor(after.totals.toPay, c, 'to pay after'),
  ];
  const bad = amounts.filter((a): a is Problem => typeof a !== 'bigint');
  if (bad.length > 0) return { kind: 'failed', id, name, side: 'both', problems: bad };
  const [savingBefore, savingAfter, toPayBefore, toPayAfter] = amounts as Minor[] as [Minor, Minor, Minor, Minor];

  const was = appliedSaving(before.promotions);
  const now = appliedSaving(after.promotions);
  const started: PromotionShift[] = [];
  const stopped: PromotionShift[] = [];
  const moved: string[] = [];
  for (const [pid, saving] of now) {
    const old = was.get(pid);
    if (old === undefined) started.push(withReason({ promotionId: pid, saving }, reasonIn(before.promotions, pid)));
    else if (minorOf(old, c) !== minorOf(saving, c)) moved.push(pid);
  }
  for (const [pid, saving] of was) {
    if (!now.has(pid)) stopped.push(withReason({ promotionId: pid, saving }, reasonIn(after.promotions, pid)));
  }
  const delta = savingAfter - savingBefore;
  const changed = delta !== 0n || toPayAfter !== toPayBefore || started.length > 0 || stopped.length > 0 || moved.length > 0;
  return { kind: 'compared', id, name, currency: c, savingBefore, savingAfter, delta, toPayBefore, toPayAfter, started, stopped, moved, changed };
}

/** Per-promotion savings come from the engine in the result's currency; "3.6" and "3.60" are the same saving. */
const minorOf = (amount: string, currency: string): Minor | string => {
  const m = tryParseMoney(amount, currency);
  return m.ok ? m.minor : amount;
};

const withReason = (shift: PromotionShift, reason: ReasonCode | undefined): PromotionShift => (reason === undefined ? shift : { ...shift, reason });

/**
 * One basket's before/after answers compared; a failed evaluation on either side is reported, not guessed at.
 * @example diffBasket({ id: 'b1', name: 'Snacks', before, after }).delta // 150n (+1.50)
 */
export function diffBasket(answers: WhatIfBasketAnswers): BasketDiff {
  const { id, name, before, after } = answers;
  if (!before.ok || !after.ok) {
    const side = !before.ok && !after.ok ? 'both' : before.ok ? 'after' : 'before';
    return { kind: 'failed', id, name, side, problems: [...(before.ok ? [] : before.problems), ...(after.ok ? [] : after.problems)] };
  }
  return compareResults(id, name, before.value, after.value);
}

/**
 * A signed amount for reading: "+$4.50", "−$1.20", "$0.00".
 * @example formatDelta(450n, 'USD') // '+$4.50'
 */
export function formatDelta(delta: Minor, currency: string): string {
  const text = formatAmount(formatMoney(delta, currency), currency);
  return delta > 0n ? `+${text}` : text;
}

export interface WhatIfSummary {
  readonly compared: number;
  readonly changed: number;
  readonly failed: number;
  /** Σ delta over the compared baskets, in minor units. */
  readonly total: Minor;
  readonly text: string;
}

/**
 * The line above the table.
 * @example summarizeWhatIf(diffs, 'USD').text // '3 baskets change: +$4.50 saving in total'
 */
export function summarizeWhatIf(diffs: readonly BasketDiff[], currency: string): WhatIfSummary {
  const compared = diffs.filter((d) => d.kind === 'compared');
  const changed = compared.filter((d) => d.changed).length;
  const failed = diffs.length - compared.length;
  const total = compared.reduce((sum, d) => sum + d.delta, 0n);
  const head =
    diffs.length === 0
      ? 'No baskets to compare'
      : changed === 0
        ? `No basket changes (${plural(compared.length, 'basket')} compared)`
        : `${plural(changed, 'basket')} ${changed === 1 ? 'changes' : 'change'}: ${formatDelta(total, currency)} saving in total`;
  const text = failed === 0 ? head : `${head} · ${plural(failed, 'basket')} could not be evaluated`;
  return { compared: compared.length, changed, failed, total, text };
}
