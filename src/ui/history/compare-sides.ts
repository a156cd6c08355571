/**
 * One order of two runs "before / after": its totals and applied promotions on each side, each
 * entry marked when the other side has no identical one — the what-if panel's side-by-side, fed
 * from replay outcomes instead of full evaluation results. Pure; money compared in minor units.
 */
import { tryParseMoney } from '../../domain/money.ts';
import type { LimitHit, OrderOutcome } from '../../replay/types.ts';

export interface OutcomeTotalRow {
  readonly key: 'gross' | 'saving' | 'net';
  readonly label: string;
  readonly before: string;
  readonly after: string;
  readonly differs: boolean;
}

export interface OutcomeApplied {
  readonly promotionId: string;
  readonly saving: string;
  readonly applications: number;
  /** The other side has no application of this promotion with the same saving and count. */
  readonly differs: boolean;
}

export interface OutcomeSide {
  readonly applied: readonly OutcomeApplied[];
  readonly limitHits: readonly LimitHit[];
  readonly failure?: string;
}

export interface OutcomeSideBySide {
  readonly totals: readonly OutcomeTotalRow[];
  readonly before: OutcomeSide;
  readonly after: OutcomeSide;
}

const TOTALS: readonly (readonly [OutcomeTotalRow['key'], string])[] = [
  ['gross', 'Gross'],
  ['saving', 'Promotion saving'],
  ['net', 'Net'],
];

/** "3.6" and "3.60" are one amount; text that is not money compares as written. */
function amountKey(amount: string, currency: string): string {
  const m = tryParseMoney(amount, currency);
  return m.ok ? m.minor.toString() : amount;
}

function side(mine: OrderOutcome, theirs: OrderOutcome, currency: string): OutcomeSide {
  const other = new Set(theirs.applied.map((a) => `${a.promotionId}\n${amountKey(a.saving, currency)}\n${a.applications}`));
  const applied = mine.applied.map((a) => ({ ...a, differs: !other.has(`${a.promotionId}\n${amountKey(a.saving, currency)}\n${a.applications}`) }));
  return mine.failure === undefined ? { applied, limitHits: mine.limitHits } : { applied, limitHits: mine.limitHits, failure: mine.failure };
}

/**
 * @example outcomeSideBySide(before, after, 'USD').totals[1] // { key: 'saving', label: 'Promotion saving', before: '4.00', after: '1.50', differs: true }
 */
export function outcomeSideBySide(before: OrderOutcome, after: OrderOutcome, currency: string): OutcomeSideBySide {
  const totals = TOTALS.map(([key, label]) => ({ key, label, before: before[key], after: after[key], differs: amountKey(before[key], currency) !== amountKey(after[key], currency) }));
  return { totals, before: side(before, after, currency), after: side(after, before, currency) };
}
