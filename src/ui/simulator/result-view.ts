/** Small pure readings of a result for the tables: unit lists, savings as negative amounts. */
import { formatMoney, tryParseMoney } from '../../domain/money.ts';
import { formatCount } from '../../domain/limits.ts';
import { copiesIn, unitCount, type Application, type UnitRef } from '../../domain/result.ts';

/**
 * Units grouped by line, in first-seen order: "l1 ×2, l3 ×1"; per copy of a counted record with `copies`.
 * @example unitsByLine([{ lineId: 'l1', unit: 0, count: 2 }, { lineId: 'l2', unit: 0, count: 1 }]) // 'l1 ×2, l2 ×1'
 */
export function unitsByLine(units: readonly UnitRef[], copies = 1): string {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u.lineId, (counts.get(u.lineId) ?? 0) + u.count);
  return [...counts].map(([line, n]) => `${line} ×${formatCount(n / copies)}`).join(', ');
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
  const n = formatCount;
  return count === 1 ? `#${n(first + 1)}` : `#${n(first + 1)}–#${n(first + count)} (${n(count)} units, each)`;
}

/** What one application of a row shows: per copy of a counted record. */
export interface OneApplication {
  readonly saving: string;
  readonly clipped?: string;
  readonly used: number;
  readonly usedByLine: string;
  readonly rewarded: number;
  readonly rewardedByLine: string;
}

/** One row of the applications table: `times` equal applications in a row, and their saving together. */
export interface ApplicationRow {
  readonly application: Application;
  readonly each: OneApplication;
  readonly times: number;
  /** Σ saving of the `times` applications (a decimal string, exact). */
  readonly total: string;
}

/**
 * Applications in result order, equal neighbours (same promotion, tier, saving, notes and units
 * per line) on one row, a counted record's copies included: a line of 4,990 units at "buy 3, get
 * 1 free" is one row "× 1,663", not 1,663 rows.
 * @example applicationRows(result.applications, 'USD')[0]!.times // 1663
 */
export function applicationRows(apps: readonly Application[], currency: string): ApplicationRow[] {
  const rows: { application: Application; each: OneApplication; key: string; times: number; total: bigint | undefined }[] = [];
  for (const a of apps) {
    const n = copiesIn(a);
    const each = oneOf(a, n, currency);
    const key = `${a.promotionId}\n${a.tier}\n${a.budgetCapped ?? ''}\n${JSON.stringify(each)}`;
    const saving = tryParseMoney(a.saving, currency);
    const last = rows[rows.length - 1];
    if (last !== undefined && last.key === key) {
      last.times += n;
      last.total = last.total !== undefined && saving.ok ? last.total + saving.minor : undefined;
    } else rows.push({ application: a, each, key, times: n, total: saving.ok ? saving.minor : undefined });
  }
  return rows.map((r) => ({ application: r.application, each: r.each, times: r.times, total: r.total === undefined ? r.application.saving : formatMoney(r.total, currency) }));
}

/** One copy of a record: its money ÷ copies, its units per line ÷ copies (exact: the copies are identical). */
function oneOf(a: Application, copies: number, currency: string): OneApplication {
  const part = (m: string): string => {
    const x = tryParseMoney(m, currency);
    return x.ok && copies > 1 ? formatMoney(x.minor / BigInt(copies), currency) : m;
  };
  return {
    saving: part(a.saving),
    ...(a.clipped === undefined ? {} : { clipped: part(a.clipped) }),
    used: unitCount(a.unitsUsed) / copies,
    usedByLine: unitsByLine(a.unitsUsed, copies),
    rewarded: unitCount(a.unitsRewarded) / copies,
    rewardedByLine: unitsByLine(a.unitsRewarded, copies),
  };
}
