/** Small pure readings of a result for the tables: unit lists, savings as negative amounts. */
import { formatMoney, tryParseMoney } from '../../domain/money.ts';
import { runsOf, type Application, type UnitRef } from '../../domain/result.ts';

/**
 * Units grouped by line, in first-seen order: "l1 ×2, l3 ×1".
 * @example unitsByLine([{ lineId: 'l1', unit: 0, count: 2 }, { lineId: 'l2', unit: 0, count: 1 }]) // 'l1 ×2, l2 ×1'
 */
export function unitsByLine(units: readonly UnitRef[]): string {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u.lineId, (counts.get(u.lineId) ?? 0) + u.count);
  return [...counts].map(([line, n]) => `${line} ×${n}`).join(', ');
}

/**
 * A saving shown as money taken off: "3.60" → "-3.60"; zero stays "0.00" (no "−0.00").
 * @example asDeduction('3.60', 'USD') // '-3.60'
 */
export function asDeduction(amount: string, currency: string): string {
  const m = tryParseMoney(amount, currency);
  if (!m.ok || m.minor === 0n) return amount;
  return amount.startsWith('-') ? amount.slice(1) : `-${amount}`;
}

/** True when a decimal amount is not zero ("0", "0.00" are zero). */
export const isNonZero = (amount: string): boolean => /[1-9]/.test(amount);

/**
 * How much more the best deal could save than the plan found, when the search was cut off: the
 * solver's bound on the promotion saving minus the saving found (both exact decimal strings), or
 * undefined when the result is proven optimal, carries no bound, or cannot be read.
 * @example savingHeadroom({ optimal: false, bound: '105.20', totals: { promotionSaving: '104.44' }, currency: 'USD' }) // '0.76'
 */
export function savingHeadroom(result: {
  readonly optimal: boolean;
  readonly bound?: string | undefined;
  readonly currency: string;
  readonly totals: { readonly promotionSaving: string };
}): string | undefined {
  if (result.optimal || result.bound === undefined) return undefined;
  const bound = tryParseMoney(result.bound, result.currency);
  const found = tryParseMoney(result.totals.promotionSaving, result.currency);
  if (!bound.ok || !found.ok) return undefined;
  const gap = bound.minor - found.minor;
  return formatMoney(gap > 0n ? gap : 0n, result.currency);
}

/**
 * A run of units as people count them (1-based).
 * @example unitsLabel(2, 1) // '#3'
 * @example unitsLabel(0, 4998) // '#1–#4,998 (4,998 units, each)'
 */
export function unitsLabel(first: number, count: number): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  return count === 1 ? `#${n(first + 1)}` : `#${n(first + 1)}–#${n(first + count)} (${n(count)} units, each)`;
}

/** One row of the applications table: `times` equal applications in a row, and their saving together. */
export interface ApplicationRow {
  readonly application: Application;
  readonly times: number;
  /** Σ saving of the `times` applications (a decimal string, exact). */
  readonly total: string;
}

/**
 * Applications in result order, equal neighbours (same promotion, tier, saving, notes and units
 * per line) on one row: a line of 4,990 units at "buy 3, get 1 free" is one row "× 1,663", not
 * 1,663 rows.
 * @example applicationRows(result.applications, 'USD')[0]!.times // 1663
 */
export function applicationRows(apps: readonly Application[], currency: string): ApplicationRow[] {
  return runsOf(apps, sameApplicationRow).map(({ item: application, count: times }) => {
    const one = tryParseMoney(application.saving, currency);
    return { application, times, total: one.ok ? formatMoney(one.minor * BigInt(times), currency) : application.saving };
  });
}

/** Equal in everything the applications table shows. */
const sameApplicationRow = (a: Application, b: Application): boolean =>
  a.promotionId === b.promotionId && a.tier === b.tier && a.saving === b.saving && a.clipped === b.clipped && a.budgetCapped === b.budgetCapped
  && unitsByLine(a.unitsUsed) === unitsByLine(b.unitsUsed) && unitsByLine(a.unitsRewarded) === unitsByLine(b.unitsRewarded);
