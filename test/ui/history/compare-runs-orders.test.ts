import { describe, expect, it } from 'vitest';
import { compareRuns, type ChangedOrder } from '../../../src/ui/history/compare-runs.ts';
import type { OrderOutcome } from '../../../src/replay/types.ts';
import { outcome, promotionFigures, run } from '../../support/report-factories.ts';

const promotions = [promotionFigures('p-a', { name: 'Ten off' }), promotionFigures('p-b', { name: 'Bogo' })];

function changed(before: OrderOutcome, after: OrderOutcome): readonly ChangedOrder[] {
  const r = compareRuns(run('before', [before], { promotions }), run('after', [after], { promotions }));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value.changedOrders;
}

describe('compareRuns: which orders changed', () => {
  it.each([
    { name: 'same result on both sides', before: outcome('o1', '1.50', [['p-a', '1.50']]), after: outcome('o1', '1.50', [['p-a', '1.50']]), expected: [] },
    {
      name: 'a promotion stops applying',
      before: outcome('o1', '4.00', [['p-a', '1.50'], ['p-b', '2.50']]),
      after: outcome('o1', '1.50', [['p-a', '1.50']]),
      expected: [{ orderId: 'o1', savingBefore: 400n, savingAfter: 150n, delta: -250n, started: [], stopped: ['p-b'], moved: [] }],
    },
    {
      name: 'a promotion starts applying',
      before: outcome('o1', '0.00', []),
      after: outcome('o1', '2.50', [['p-b', '2.50']]),
      expected: [{ orderId: 'o1', savingBefore: 0n, savingAfter: 250n, delta: 250n, started: ['p-b'], stopped: [], moved: [] }],
    },
    {
      name: 'one promotion swapped for another with the same saving (saving equal, applied set differs)',
      before: outcome('o1', '2.00', [['p-a', '2.00']]),
      after: outcome('o1', '2.00', [['p-b', '2.00']]),
      expected: [{ orderId: 'o1', savingBefore: 200n, savingAfter: 200n, delta: 0n, started: ['p-b'], stopped: ['p-a'], moved: [] }],
    },
    {
      name: 'the same promotion gives a different saving',
      before: outcome('o1', '1.00', [['p-a', '1.00']]),
      after: outcome('o1', '1.01', [['p-a', '1.01']]),
      expected: [{ orderId: 'o1', savingBefore: 100n, savingAfter: 101n, delta: 1n, started: [], stopped: [], moved: ['p-a'] }],
    },
    {
      name: 'the same promotion applies more often for the same saving (a moved application count)',
      before: outcome('o1', '3.00', [['p-a', '3.00', 1]]),
      after: outcome('o1', '3.00', [['p-a', '3.00', 2]]),
      expected: [{ orderId: 'o1', savingBefore: 300n, savingAfter: 300n, delta: 0n, started: [], stopped: [], moved: ['p-a'] }],
    },
    {
      name: '"1.5" and "1.50" are the same saving',
      before: outcome('o1', '1.5', [['p-a', '1.5']]),
      after: outcome('o1', '1.50', [['p-a', '1.50']]),
      expected: [],
    },
  ])('$name', ({ before, after, expected }) => {
    const got = changed(before, after);
    expect(got.map(({ customerId: _c, at: _a, ...rest }) => rest)).toEqual(expected);
  });

  it('lists the biggest change first, either sign, then by time, then by order id', () => {
    const at = (t: string) => ({ at: `2026-01-0${t}T10:00:00-05:00` });
    const before = [
      outcome('o-small', '1.00', [['p-a', '1.00']], at('1')),
      outcome('o-loss', '5.00', [['p-a', '5.00']], at('2')),
      outcome('o-gain-late', '0.00', [], at('4')),
      outcome('o-gain-early', '0.00', [], at('3')),
      outcome('o-same', '2.00', [['p-a', '2.00']], at('1')),
    ];
    const after = [
      outcome('o-small', '1.10', [['p-a', '1.10']], at('1')),
      outcome('o-loss', '0.00', [], at('2')),
      outcome('o-gain-late', '3.00', [['p-b', '3.00']], at('4')),
      outcome('o-gain-early', '3.00', [['p-b', '3.00']], at('3')),
      outcome('o-same', '2.00', [['p-a', '2.00']], at('1')),
    ];
    const r = compareRuns(run('before', before, { promotions }), run('after', after, { promotions }));
    expect(r.ok && r.value.changedOrders.map((o) => [o.orderId, o.delta])).toEqual([
      ['o-loss', -500n],
      ['o-gain-early', 300n],
      ['o-gain-late', 300n],
      ['o-small', 10n],
    ]);
  });
});
