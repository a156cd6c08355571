import { describe, expect, it } from 'vitest';
import { filterWhy, whyCounts, whyRows } from '../../../src/ui/simulator/why.ts';
import { itemDeal, promo } from '../../support/engine-factories.ts';
import { result, simBundle } from '../../support/simulator-factories.ts';

const bundle = simBundle({
  promotions: [promo('a', itemDeal({ kind: 'buys', quantity: 3 }, { kind: 'free' }, 'cheapestQualifying'), { name: 'Buy 2 get 1' })],
});
const r = result([
  { promotionId: 'a', status: 'applied', saving: '1.99', applications: 1, message: 'applied once' },
  { promotionId: 'b', status: 'notApplied', reason: 'thresholdNotMet', message: '2 of 3 items', missing: 'add 1 more qualifying item' },
  { promotionId: 'c', status: 'notApplied', reason: 'couponMissing', message: 'no code entered' },
]);

describe('why rows', () => {
  it('one row per promotion in result order, named from the bundle (id when unknown)', () => {
    const rows = whyRows(r, bundle);
    expect(rows.map((x) => [x.kind, x.name])).toEqual([['applied', 'Buy 2 get 1'], ['notApplied', 'b'], ['notApplied', 'c']]);
    expect(rows[1]).toMatchObject({ reason: 'thresholdNotMet', missing: 'add 1 more qualifying item' });
  });

  it.each([
    ['all', ['a', 'b', 'c']],
    ['applied', ['a']],
    ['nearMiss', ['b']],
  ] as const)('filter %s → %j', (filter, ids) => {
    expect(filterWhy(whyRows(r, bundle), filter).map((x) => x.promotionId)).toEqual(ids);
  });

  it('counts each filter', () => {
    expect(whyCounts(whyRows(r, bundle))).toEqual({ applied: 1, nearMiss: 1, all: 3 });
  });
});
