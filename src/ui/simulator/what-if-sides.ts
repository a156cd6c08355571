/**
 * One basket "before / after": its totals and its applications under each bundle, each entry
 * marked when the other side does not have it. Pure; money compared in minor units.
 */
import { formatMoney, tryParseMoney } from '../../domain/money.ts';
import { copiesIn, type Application, type EvaluationResult, type Totals } from '../../domain/result.ts';

export interface TotalRow {
  readonly key: keyof Totals;
  readonly label: string;
  readonly before: string;
  readonly after: string;
  readonly differs: boolean;
}

export interface SideApplication {
  readonly promotionId: string;
  readonly tier: number;
  readonly saving: string;
  /** Units rewarded, as "l1 ×2, l3 ×1". */
  readonly rewarded: string;
  /** The other side has no identical application (same promotion, tier, saving and rewarded units). */
  readonly differs: boolean;
  /** Identical applications this entry stands for (a counted record's copies, split where only some have twins). */
  readonly times: number;
}

/** Equal side applications in a row, shown once: `times` of them. */
export type SideRow = SideApplication;

/**
 * Neighbours equal in everything shown (promotion, tier, saving, rewarded units, new / gone) on
 * one row, as the applications table does: 1,663 equal applications are one row "× 1,663".
 * @example sideRows(applicationsSideBySide(before, after).after)[0]!.times
 */
export function sideRows(apps: readonly SideApplication[]): SideRow[] {
  const same = (a: SideApplication, b: SideApplication): boolean =>
    a.promotionId === b.promotionId && a.tier === b.tier && a.saving === b.saving && a.rewarded === b.rewarded && a.differs === b.differs;
  const rows: SideRow[] = [];
  for (const a of apps) {
    const last = rows[rows.length - 1];
    if (last !== undefined && same(last, a)) rows[rows.length - 1] = { ...last, times: last.times + a.times };
    else rows.push(a);
  }
  return rows;
}

const TOTALS: readonly (readonly [keyof Totals, string])[] = [
  ['gross', 'Gross'],
  ['customerPriceSaving', 'Customer-price saving'],
  ['promotionSaving', 'Promotion saving'],
  ['net', 'Net'],
  ['shipping', 'Shipping'],
  ['shippingDiscount', 'Shipping discount'],
  ['toPay', 'To pay'],
];

function sameMoney(a: string, b: string, currency: string): boolean {
  const x = tryParseMoney(a, currency);
  const y = tryParseMoney(b, currency);
  return x.ok && y.ok ? x.minor === y.minor : a === b;
}

/**
 * @example totalsSideBySide(before, after).find((r) => r.key === 'promotionSaving') // { before: '3.60', after: '4.49', differs: true, … }
 */
export function totalsSideBySide(before: EvaluationResult, after: EvaluationResult): TotalRow[] {
  return TOTALS.map(([key, label]) => ({ key, label, before: before.totals[key], after: after.totals[key], differs: !sameMoney(before.totals[key], after.totals[key], before.currency) }));
}

/** Units one copy rewards, as "l1 ×2, l3 ×1". */
function rewardedUnits(a: Application): string {
  const counts = new Map<string, number>();
  for (const u of a.unitsRewarded) counts.set(u.lineId, (counts.get(u.lineId) ?? 0) + u.count);
  return [...counts].sort(([x], [y]) => x.localeCompare(y)).map(([line, n]) => `${line} ×${n / copiesIn(a)}`).join(', ');
}

/** One copy's saving, exact. */
function oneSaving(a: Application, currency: string): string {
  const m = tryParseMoney(a.saving, currency);
  return m.ok ? formatMoney(m.minor / BigInt(copiesIn(a)), currency) : a.saving;
}

function identity(a: Application, currency: string): string {
  const m = tryParseMoney(a.saving, currency);
  return `${a.promotionId}\n${a.tier}\n${m.ok ? (m.minor / BigInt(copiesIn(a))).toString() : a.saving}\n${rewardedUnits(a)}`;
}

/** Marks each application of `mine` that has no twin left in `theirs` (a multiset match: two equal applications need two twins). */
function mark(mine: readonly Application[], theirs: readonly Application[], currency: string): SideApplication[] {
  const left = new Map<string, number>();
  for (const a of theirs) left.set(identity(a, currency), (left.get(identity(a, currency)) ?? 0) + copiesIn(a));
  const out: SideApplication[] = [];
  for (const a of mine) {
    const key = identity(a, currency);
    const n = copiesIn(a);
    const twins = Math.min(left.get(key) ?? 0, n);
    left.set(key, (left.get(key) ?? 0) - twins);
    const side = { promotionId: a.promotionId, tier: a.tier, saving: oneSaving(a, currency), rewarded: rewardedUnits(a) };
    if (twins > 0) out.push({ ...side, differs: false, times: twins });
    if (n > twins) out.push({ ...side, differs: true, times: n - twins });
  }
  return out;
}

/**
 * @example applicationsSideBySide(before, after).after.filter((a) => a.differs) // applications only the edited bundle makes
 */
export function applicationsSideBySide(before: EvaluationResult, after: EvaluationResult): { readonly before: SideApplication[]; readonly after: SideApplication[] } {
  return { before: mark(before.applications, after.applications, before.currency), after: mark(after.applications, before.applications, before.currency) };
}
