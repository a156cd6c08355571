import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/ui/history/compare-runs.ts';
import { outcome, promotionFigures, run } from '../../support/report-factories.ts';

// Three orders of one history under two revisions: "Ten off" (p-a) loses o2, "Bogo" (p-b) gains o3
// with two applications, "Old" (p-old) is removed and "New" (p-new) added by the edit.
const beforePromotions = [promotionFigures('p-a', { name: 'Ten off' }), promotionFigures('p-b', { name: 'Bogo' }), promotionFigures('p-old', { name: 'Old' })];
const afterPromotions = [promotionFigures('p-a', { name: 'Ten off' }), promotionFigures('p-b', { name: 'Bogo (edited)' }), promotionFigures('p-new', { name: 'New' })];
const before = run('Saved', [
  outcome('o1', '3.50', [['p-a', '1.00'], ['p-b', '2.50']], { net: '16.50' }),
  outcome('o2', '1.25', [['p-a', '1.25']], { net: '18.75' }),
  outcome('o3', '0.99', [['p-old', '0.99']], { net: '19.01' }),
], { promotions: beforePromotions });
const after = run('Edited', [
  outcome('o1', '3.50', [['p-a', '1.00'], ['p-b', '2.50']], { net: '16.50' }),
  outcome('o2', '0.00', [], { net: '20.00' }),
  outcome('o3', '5.00', [['p-b', '4.00', 2], ['p-new', '1.00']], { net: '15.00' }),
], { promotions: afterPromotions });

describe('compareRuns: delta per promotion and in total', () => {
  const r = compareRuns(before, after);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));

  it.each([
    { promotionId: 'p-a', name: 'Ten off', before: { orders: 2, applications: 2, saving: 225n }, after: { orders: 1, applications: 1, saving: 100n }, delta: -125n, only: undefined, changed: true },
    { promotionId: 'p-b', name: 'Bogo (edited)', before: { orders: 1, applications: 1, saving: 250n }, after: { orders: 2, applications: 3, saving: 650n }, delta: 400n, only: undefined, changed: true },
    { promotionId: 'p-old', name: 'Old', before: { orders: 1, applications: 1, saving: 99n }, after: { orders: 0, applications: 0, saving: 0n }, delta: -99n, only: 'before', changed: true },
    { promotionId: 'p-new', name: 'New', before: { orders: 0, applications: 0, saving: 0n }, after: { orders: 1, applications: 1, saving: 100n }, delta: 100n, only: 'after', changed: true },
  ])('$promotionId', (expected) => {
    const row = r.value.promotions.find((p) => p.promotionId === expected.promotionId);
    expect(row).toEqual(Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined)));
  });

  it('keeps the saved bundle order, then the promotions only the edited one has', () => {
    expect(r.value.promotions.map((p) => p.promotionId)).toEqual(['p-a', 'p-b', 'p-old', 'p-new']);
  });

  it('sums the totals exactly', () => {
    expect(r.value.totals).toEqual({ ordersCompared: 3, savingBefore: 574n, savingAfter: 850n, delta: 276n, netBefore: 5426n, netAfter: 5150n });
  });

  it('marks an untouched promotion as unchanged', () => {
    const same = compareRuns(run('a', [outcome('o1', '1.00', [['p-a', '1.00']])], { promotions: beforePromotions }), run('b', [outcome('o1', '1.00', [['p-a', '1.00']])], { promotions: beforePromotions }));
    expect(same.ok && same.value.promotions.map((p) => [p.promotionId, p.changed])).toEqual([['p-a', false], ['p-b', false], ['p-old', false]]);
  });
});
