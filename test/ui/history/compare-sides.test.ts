import { describe, expect, it } from 'vitest';
import { outcomeSideBySide } from '../../../src/ui/history/compare-sides.ts';
import { outcome } from '../../support/report-factories.ts';

describe('outcomeSideBySide', () => {
  const before = outcome('o1', '4.00', [['p-a', '1.50'], ['p-b', '2.50']], { net: '16.00', limitHits: [] });
  const after = outcome('o1', '1.5', [['p-a', '1.5']], { net: '18.50', limitHits: [{ kind: 'limitReached', promotionId: 'p-b' }] });
  const s = outcomeSideBySide(before, after, 'USD');

  it('marks the totals that differ, reading "1.5" as 1.50', () => {
    expect(s.totals).toEqual([
      { key: 'gross', label: 'Gross', before: '20.00', after: '20.00', differs: false },
      { key: 'saving', label: 'Promotion saving', before: '4.00', after: '1.5', differs: true },
      { key: 'net', label: 'Net', before: '16.00', after: '18.50', differs: true },
    ]);
  });

  it('marks an application the other side does not have, and keeps each side\'s limit hits', () => {
    expect(s.before.applied.map((a) => [a.promotionId, a.differs])).toEqual([['p-a', false], ['p-b', true]]);
    expect(s.after.applied.map((a) => [a.promotionId, a.differs])).toEqual([['p-a', false]]);
    expect(s.after.limitHits).toEqual([{ kind: 'limitReached', promotionId: 'p-b' }]);
  });

  it.each([
    { name: 'a different saving', after: outcome('o1', '2.00', [['p-a', '2.00']]) },
    { name: 'a different number of applications', after: outcome('o1', '1.50', [['p-a', '1.50', 2]]) },
  ])('the same promotion with $name differs', ({ after: other }) => {
    const x = outcomeSideBySide(outcome('o1', '1.50', [['p-a', '1.50']]), other, 'USD');
    expect([x.before.applied[0]!.differs, x.after.applied[0]!.differs]).toEqual([true, true]);
  });
});
