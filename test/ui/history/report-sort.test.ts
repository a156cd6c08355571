import { describe, expect, it } from 'vitest';
import { nextSort, sortPromotions, type PromotionSort } from '../../../src/ui/history/report-sort.ts';
import { promotionFigures } from '../../support/report-factories.ts';

// Bundle order a, b, c, d. Money as a string sorts wrongly ("9.00" > "10.00"): these rows catch that.
const rows = [
  promotionFigures('a', { name: 'apple 10', orders: 3, applications: 3, units: 5, saving: '9.00', averageSavingPerOrder: '3.00', shareOfSaving: '9.00', limitHits: 1 }),
  promotionFigures('b', { name: 'Apple 9', orders: 12, applications: 20, units: 30, saving: '10.00', averageSavingPerOrder: '0.83', shareOfSaving: '10.00', limitHits: 0 }),
  promotionFigures('c', { name: 'banana', orders: 0, applications: 0, units: 0, saving: '0.00', averageSavingPerOrder: '0.00', shareOfSaving: '0.00', limitHits: 0 }),
  promotionFigures('d', { name: 'cherry', orders: 3, applications: 4, units: 4, saving: '81.00', averageSavingPerOrder: '27.00', shareOfSaving: '81.00', limitHits: 7 }),
];

describe('sortPromotions', () => {
  it.each<{ sort: PromotionSort | undefined; ids: string }>([
    { sort: undefined, ids: 'abcd' },
    { sort: { column: 'saving', direction: 'descending' }, ids: 'dbac' },
    { sort: { column: 'saving', direction: 'ascending' }, ids: 'cabd' },
    { sort: { column: 'averageSavingPerOrder', direction: 'descending' }, ids: 'dabc' },
    { sort: { column: 'shareOfSaving', direction: 'descending' }, ids: 'dbac' },
    { sort: { column: 'orders', direction: 'descending' }, ids: 'badc' },
    { sort: { column: 'limitHits', direction: 'descending' }, ids: 'dabc' },
    { sort: { column: 'name', direction: 'ascending' }, ids: 'bacd' },
    { sort: { column: 'name', direction: 'descending' }, ids: 'dcab' },
  ])('$sort.column $sort.direction → $ids (ties keep the bundle order)', ({ sort, ids }) => {
    expect(sortPromotions(rows, sort, 'USD').map((r) => r.promotionId).join('')).toBe(ids);
  });

  it.each<{ current: PromotionSort | undefined; column: PromotionSort['column']; next: PromotionSort }>([
    { current: undefined, column: 'saving', next: { column: 'saving', direction: 'descending' } },
    { current: undefined, column: 'name', next: { column: 'name', direction: 'ascending' } },
    { current: { column: 'saving', direction: 'descending' }, column: 'saving', next: { column: 'saving', direction: 'ascending' } },
    { current: { column: 'saving', direction: 'ascending' }, column: 'orders', next: { column: 'orders', direction: 'descending' } },
  ])('a click on $column after $current.column $current.direction', ({ current, column, next }) => {
    expect(nextSort(current, column)).toEqual(next);
  });
});
