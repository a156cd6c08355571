import { describe, expect, it } from 'vitest';
import type { Application } from '../../../src/domain/result.ts';
import { applicationRows } from '../../../src/ui/simulator/result-view.ts';

const app = (promotionId: string, unit: number, saving = '4.49', over: Partial<Application> = {}): Application => ({
  promotionId, tier: 0, saving,
  unitsUsed: [{ lineId: 'l1', unit, count: 3 }], unitsRewarded: [{ lineId: 'l1', unit, count: 1 }], ...over,
});

describe('applications table rows', () => {
  it.each([
    { name: 'equal neighbours share a row, with their total', apps: [app('b2g1', 0), app('b2g1', 3), app('b2g1', 6)], rows: [['b2g1', 3, '13.47']] },
    { name: 'a different saving starts a new row', apps: [app('b2g1', 0), app('b2g1', 3, '2.99')], rows: [['b2g1', 1, '4.49'], ['b2g1', 1, '2.99']] },
    { name: 'another promotion in between keeps rows apart', apps: [app('a', 0), app('b', 3), app('a', 6)], rows: [['a', 1, '4.49'], ['b', 1, '4.49'], ['a', 1, '4.49']] },
    { name: 'a budget-capped one stays on its own', apps: [app('a', 0), app('a', 3, '1.00', { budgetCapped: '3.49' })], rows: [['a', 1, '4.49'], ['a', 1, '1.00']] },
    { name: 'units on another line are not equal', apps: [app('a', 0), { ...app('a', 0), unitsUsed: [{ lineId: 'l2', unit: 0, count: 3 }] }], rows: [['a', 1, '4.49'], ['a', 1, '4.49']] },
    {
      name: 'a counted record is its copies: one row with the plain equal applications beside it',
      apps: [app('b2g1', 0), app('b2g1', 3, '8.98', { copies: 2, unitsUsed: [{ lineId: 'l1', unit: 3, count: 6 }], unitsRewarded: [{ lineId: 'l1', unit: 3, count: 2 }] })],
      rows: [['b2g1', 3, '13.47']],
    },
    {
      name: 'a counted record whose copies differ from its neighbour stays apart',
      apps: [app('b2g1', 0), app('b2g1', 3, '8.98', { copies: 2, unitsUsed: [{ lineId: 'l1', unit: 3, count: 4 }], unitsRewarded: [{ lineId: 'l1', unit: 3, count: 2 }] })],
      rows: [['b2g1', 1, '4.49'], ['b2g1', 2, '8.98']],
    },
  ])('$name', ({ apps, rows }) => {
    expect(applicationRows(apps, 'USD').map((r) => [r.application.promotionId, r.times, r.total])).toEqual(rows);
  });
});

describe('a counted record shows one copy', () => {
  it('per copy: saving, clipping and units per line', () => {
    const counted = app('b2g1', 0, '13.47', { copies: 3, clipped: '0.30', unitsUsed: [{ lineId: 'l1', unit: 0, count: 9 }], unitsRewarded: [{ lineId: 'l1', unit: 0, count: 3 }] });
    expect(applicationRows([counted], 'USD')[0]!.each).toEqual({ saving: '4.49', clipped: '0.10', used: 3, usedByLine: 'l1 ×3', rewarded: 1, rewardedByLine: 'l1 ×1' });
  });
});
