import Papa from 'papaparse';
import type { ReplayReport } from './types.ts';

/** The columns of the report's CSV form: one row per promotion, then one row for all orders. */
export const REPORT_CSV_COLUMNS = [
  'promotionId', 'name', 'orders', 'applications', 'units', 'saving', 'averageSavingPerOrder', 'shareOfSaving',
  'limitHits', 'limitReached', 'budgetExhausted', 'budgetCapped', 'gross', 'net', 'savingRate',
] as const;

/** The id of the totals row (no promotion id can be empty, so it cannot clash). */
export const TOTAL_ROW_ID = '';

/**
 * The report as CSV (per-promotion table + a totals row with an empty promotionId and the name
 * "All orders"). Money stays as the report's decimal strings. Text cells that a spreadsheet would
 * run as a formula (=, +, -, @) get a leading apostrophe.
 * @example reportToCsv(report).split('\n')[0] // 'promotionId,name,orders,…'
 */
export function reportToCsv(report: ReplayReport): string {
  const rows: string[][] = report.promotions.map((p) => [
    text(p.promotionId), text(p.name), String(p.orders), String(p.applications), String(p.units), p.saving, p.averageSavingPerOrder,
    p.shareOfSaving, String(p.limitHits), String(p.limitHitsByKind.limitReached), String(p.limitHitsByKind.budgetExhausted),
    String(p.limitHitsByKind.budgetCapped), '', '', '',
  ]);
  const t = report.totals;
  const hits = report.promotions.reduce((n, p) => n + p.limitHits, 0);
  const by = (k: 'limitReached' | 'budgetExhausted' | 'budgetCapped'): string => String(report.promotions.reduce((n, p) => n + p.limitHitsByKind[k], 0));
  rows.push([
    TOTAL_ROW_ID, 'All orders', String(t.orders), String(report.promotions.reduce((n, p) => n + p.applications, 0)), String(t.units), t.saving,
    '', '100.00', String(hits), by('limitReached'), by('budgetExhausted'), by('budgetCapped'), t.gross, t.net, t.savingRate,
  ]);
  return `${Papa.unparse({ fields: [...REPORT_CSV_COLUMNS], data: rows }, { newline: '\n' })}\n`;
}

const text = (s: string): string => (/^[=+\-@]/.test(s) ? `'${s}` : s);
