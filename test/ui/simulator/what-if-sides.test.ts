import { describe, expect, it } from 'vitest';
import type { Application } from '../../../src/domain/result.ts';
import { applicationsSideBySide, sideRows, totalsSideBySide } from '../../../src/ui/simulator/what-if-sides.ts';
import { result } from '../../support/simulator-factories.ts';

const app = (promotionId: string, saving: string, lines: readonly string[], tier = 0): Application => ({
  promotionId, tier, saving, unitsUsed: [], unitsRewarded: lines.map((lineId, unit) => ({ lineId, unit, count: 1 })),
});

/** `copies` applications like `app(promotionId, saving, [line])` as one counted record. */
const counted = (promotionId: string, saving: string, line: string, copies: number): Application => ({
  promotionId, tier: 0, saving, copies, unitsUsed: [], unitsRewarded: [{ lineId: line, unit: 0, count: copies }],
});

describe('totalsSideBySide', () => {
  it('marks exactly the totals whose amounts differ, comparing money in minor units', () => {
    const before = result([], { totals: { gross: '20.00', customerPriceSaving: '0.00', promotionSaving: '3.6', net: '16.40', shipping: '0.00', shippingDiscount: '0.00', toPay: '16.40' } });
    const after = result([], { totals: { gross: '20.00', customerPriceSaving: '0.00', promotionSaving: '4.49', net: '15.51', shipping: '0.00', shippingDiscount: '0.00', toPay: '15.51' } });
    const rows = totalsSideBySide(before, after);
    expect(rows.filter((r) => r.differs).map((r) => [r.key, r.before, r.after])).toEqual([
      ['promotionSaving', '3.6', '4.49'],
      ['net', '16.40', '15.51'],
      ['toPay', '16.40', '15.51'],
    ]);
    expect(totalsSideBySide(before, before).some((r) => r.differs)).toBe(false);
  });
});

describe('applicationsSideBySide', () => {
  it.each([
    {
      name: 'the same applications: nothing differs',
      before: [app('a', '1.00', ['l1'])],
      after: [app('a', '1.0', ['l1'])],
      differsBefore: [false], differsAfter: [false],
    },
    {
      name: 'a new application on the after side',
      before: [app('a', '1.00', ['l1'])],
      after: [app('a', '1.00', ['l1']), app('b', '2.00', ['l2', 'l2'])],
      differsBefore: [false], differsAfter: [false, true],
    },
    {
      name: 'the same promotion rewarding other units, another tier or another saving',
      before: [app('a', '1.00', ['l1']), app('a', '1.00', ['l1'], 0), app('a', '1.00', ['l1'])],
      after: [app('a', '1.00', ['l2']), app('a', '1.00', ['l1'], 1), app('a', '1.50', ['l1'])],
      differsBefore: [true, true, true], differsAfter: [true, true, true],
    },
    {
      name: 'two equal applications need two twins',
      before: [app('a', '1.00', ['l1']), app('a', '1.00', ['l1'])],
      after: [app('a', '1.00', ['l1'])],
      differsBefore: [false, true], differsAfter: [false],
    },
    {
      name: 'a counted record matches its copies one by one and splits where twins run out',
      before: [counted('a', '3.00', 'l1', 3)],
      after: [app('a', '1.00', ['l1']), app('a', '1.00', ['l1'])],
      differsBefore: [false, true], differsAfter: [false, false],
    },
  ])('$name', ({ before, after, differsBefore, differsAfter }) => {
    const sides = applicationsSideBySide(result([], { applications: before }), result([], { applications: after }));
    expect(sides.before.map((a) => a.differs)).toEqual(differsBefore);
    expect(sides.after.map((a) => a.differs)).toEqual(differsAfter);
  });

  it('says which units each application rewards, line by line', () => {
    const sides = applicationsSideBySide(result([], { applications: [app('a', '3.00', ['l2', 'l1', 'l2'])] }), result([], { applications: [] }));
    expect(sides.before[0]?.rewarded).toBe('l1 ×1, l2 ×2');
  });
});

describe('sideRows', () => {
  it('puts equal neighbours on one row and keeps new / gone and other savings apart', () => {
    const before = [app('b2g1', '4.49', ['l1']), app('b2g1', '4.49', ['l1']), app('b2g1', '4.49', ['l1']), app('ten', '1.00', ['l2'])];
    const after = [app('b2g1', '4.49', ['l1']), app('ten', '1.00', ['l2'])];
    const sides = applicationsSideBySide(result([], { applications: before }), result([], { applications: after }));
    expect(sideRows(sides.before).map((r) => [r.promotionId, r.times, r.differs])).toEqual([
      ['b2g1', 1, false], ['b2g1', 2, true], ['ten', 1, false],
    ]);
    expect(sideRows(sides.after).map((r) => [r.promotionId, r.times, r.differs])).toEqual([['b2g1', 1, false], ['ten', 1, false]]);
  });

  it('counts a counted record\'s copies and shows one copy\'s saving and units', () => {
    const sides = applicationsSideBySide(result([], { applications: [counted('b2g1', '13.47', 'l1', 3)] }), result([], { applications: [app('b2g1', '4.49', ['l1'])] }));
    expect(sideRows(sides.before).map((r) => [r.times, r.differs, r.saving, r.rewarded])).toEqual([[1, false, '4.49', 'l1 ×1'], [2, true, '4.49', 'l1 ×1']]);
  });
});
