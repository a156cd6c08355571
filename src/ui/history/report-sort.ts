/**
 * Sorting the report's per-promotion table by any column. Money columns compare in minor units,
 * percent columns as exact decimals; equal rows keep the bundle's order, so a sort is stable and
 * the same report always sorts the same way.
 */
import Decimal from 'decimal.js';
import { tryParseMoney } from '../../domain/money.ts';
import type { PromotionFigures } from '../../replay/types.ts';

export type PromotionColumn = 'name' | 'orders' | 'applications' | 'units' | 'saving' | 'averageSavingPerOrder' | 'shareOfSaving' | 'limitHits';
export type SortDirection = 'ascending' | 'descending';

export interface PromotionSort {
  readonly column: PromotionColumn;
  readonly direction: SortDirection;
}

/** A column's natural first direction: names A→Z, figures biggest first. */
export const firstDirection = (column: PromotionColumn): SortDirection => (column === 'name' ? 'ascending' : 'descending');

/**
 * The sort after a click on a column header: the same column flips, another starts in its natural direction.
 * @example nextSort({ column: 'saving', direction: 'descending' }, 'saving') // { column: 'saving', direction: 'ascending' }
 */
export function nextSort(current: PromotionSort | undefined, column: PromotionColumn): PromotionSort {
  if (current?.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: firstDirection(column) };
}

function money(text: string, currency: string): bigint {
  const m = tryParseMoney(text, currency);
  // A report that does not parse sorts its bad cells first rather than breaking the table.
  return m.ok ? m.minor : -(2n ** 63n);
}

function percent(text: string): Decimal {
  try {
    return new Decimal(text);
  } catch {
    return new Decimal(-Infinity);
  }
}

function compare(a: PromotionFigures, b: PromotionFigures, column: PromotionColumn, currency: string): number {
  switch (column) {
    case 'name':
      return a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true });
    case 'saving':
    case 'averageSavingPerOrder': {
      const x = money(a[column], currency);
      const y = money(b[column], currency);
      return x === y ? 0 : x < y ? -1 : 1;
    }
    case 'shareOfSaving':
      return percent(a.shareOfSaving).cmp(percent(b.shareOfSaving));
    default:
      return a[column] - b[column];
  }
}

/**
 * The rows in the chosen order; without a sort, the bundle's order.
 * @example sortPromotions(report.promotions, { column: 'saving', direction: 'descending' }, 'USD')[0].promotionId // the promotion that gave most
 */
export function sortPromotions(rows: readonly PromotionFigures[], sort: PromotionSort | undefined, currency: string): readonly PromotionFigures[] {
  if (sort === undefined) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => sign * compare(x.row, y.row, sort.column, currency) || x.index - y.index)
    .map((x) => x.row);
}
