import { describe, expect, it } from 'vitest';
import type { LineResult, PromotionOutcome } from '../../../src/domain/result.ts';
import { filterWhy, whyCounts, whyRows } from '../../../src/ui/simulator/why.ts';
import { itemDeal, promo } from '../../support/engine-factories.ts';
import { result, simBundle } from '../../support/simulator-factories.ts';

const cheddarOnly = { qualifying: { kind: 'products', ids: ['p-1'] } };
const mugOnly = { qualifying: { kind: 'products', ids: ['p-2'] } };
const bundle = simBundle({
  promotions: [
    promo('a', itemDeal({ kind: 'buys', quantity: 3 }, { kind: 'free' }, 'cheapestQualifying'), { name: 'Buy 2 get 1' }),
    promo('far', itemDeal({ kind: 'buys', quantity: 5 }, { kind: 'free' }, 'cheapestQualifying', { selection: cheddarOnly }), { name: 'Five cheddars' }),
    promo('near', itemDeal({ kind: 'buys', quantity: 3 }, { kind: 'free' }, 'cheapestQualifying', { selection: cheddarOnly }), { name: 'Three cheddars' }),
    promo('spend', itemDeal({ kind: 'spendsAtLeast', amount: '25.00' }, { kind: 'percent', percent: '5' }, 'allQualifying'), { name: 'Spend 25' }),
    promo('mug', itemDeal({ kind: 'buys', quantity: 2 }, { kind: 'free' }, 'cheapestQualifying', { selection: mugOnly }), { name: 'Two mugs' }),
    promo('coupon', itemDeal({ kind: 'buys', quantity: 1 }, { kind: 'percent', percent: '10' }, 'allQualifying'), { name: 'Coupon deal' }),
  ],
});
const line = (productId: string): LineResult => ({
  lineId: 'l1', productId, quantity: 2, gross: '20.00', customerPriceSaving: '0.00', promotionSaving: '0.00', net: '20.00', units: [],
});
const outcomes: PromotionOutcome[] = [
  { promotionId: 'a', status: 'applied', saving: '1.99', applications: 1, message: 'applied once' },
  // Listed farthest first so a test can see the ranking reorder them.
  { promotionId: 'far', status: 'notApplied', reason: 'thresholdNotMet', message: '2 of 5', missing: 'add 3 more', shortfall: { kind: 'items', missing: 3, have: 2 } },
  { promotionId: 'spend', status: 'notApplied', reason: 'thresholdNotMet', message: '20 of 25', missing: 'spend 5.00 more', shortfall: { kind: 'amount', missing: '5.00', have: '20.00' } },
  { promotionId: 'near', status: 'notApplied', reason: 'thresholdNotMet', message: '2 of 3', missing: 'add 1 more', shortfall: { kind: 'items', missing: 1, have: 2 } },
  { promotionId: 'mug', status: 'notApplied', reason: 'thresholdNotMet', message: '0 of 2', missing: 'add 2 more', shortfall: { kind: 'items', missing: 2, have: 0 } },
  { promotionId: 'coupon', status: 'notApplied', reason: 'couponMissing', message: 'no code entered' },
];
const rows = whyRows(result(outcomes, { lines: [line('p-1')] }), bundle);

describe('why rows', () => {
  it('are named from the bundle (the id when unknown)', () => {
    const unknown = whyRows(result([{ promotionId: 'zz', status: 'notApplied', reason: 'inactive', message: '' }]), bundle);
    expect(rows.map((r) => r.name)).toEqual(['Buy 2 get 1', 'Five cheddars', 'Spend 25', 'Three cheddars', 'Two mugs', 'Coupon deal']);
    expect(unknown[0]?.name).toBe('zz');
  });

  it.each([
    // Near misses: fewest items first, then least money; nothing of a mug in the basket folds "Two mugs".
    ['relevant', ['a', 'near', 'far', 'spend', 'coupon']],
    ['applied', ['a']],
    ['nearMiss', ['near', 'far', 'spend']],
    ['all', ['a', 'near', 'far', 'spend', 'coupon', 'mug']],
  ] as const)('filter %s → %j', (filter, ids) => {
    expect(filterWhy(rows, filter, 'USD').map((x) => x.promotionId)).toEqual(ids);
  });

  it('counts each filter and the folded rows', () => {
    expect(whyCounts(rows)).toEqual({ relevant: 5, applied: 1, nearMiss: 3, all: 6, folded: 1 });
  });

  it('an empty basket folds every promotion that did not apply', () => {
    const empty = whyRows(result(outcomes.slice(1)), bundle);
    expect(filterWhy(empty, 'relevant', 'USD')).toEqual([]);
    expect(whyCounts(empty).folded).toBe(5);
  });

  it('less money missing ranks first among amounts', () => {
    const two = whyRows(
      result(
        [
          { promotionId: 'spend', status: 'notApplied', reason: 'thresholdNotMet', message: '', missing: 'x', shortfall: { kind: 'amount', missing: '10.00', have: '15.00' } },
          { promotionId: 'a', status: 'notApplied', reason: 'thresholdNotMet', message: '', missing: 'y', shortfall: { kind: 'amount', missing: '9.99', have: '1.00' } },
        ],
        { lines: [line('p-1')] },
      ),
      bundle,
    );
    expect(filterWhy(two, 'nearMiss', 'USD').map((r) => r.promotionId)).toEqual(['a', 'spend']);
  });
});
