import { describe, expect, it } from 'vitest';
import { unitCount } from '../../src/domain/index.ts';
import { evaluate } from '../../src/engine/index.ts';
import { bundleOf, itemDeal, orderOf, promo } from '../support/engine-factories.ts';

// Results list a line's units as runs of identical outcomes, and an application's units as runs of
// consecutive units: a long line's result is as short as what happened to it.
describe('units in results are runs', () => {
  it.each([
    { name: '10 % off each, 5,000 units', qty: 5_000, deal: itemDeal({ kind: 'buysAtLeast', quantity: 1 }, { kind: 'percent', percent: '10' }, 'allQualifying'), lineRuns: 1, usedRuns: 1 },
    // Copies of one application lay their units out together (src/engine/copies.ts): the freed
    // units first, then the paid ones, so the line is two runs however long it is.
    { name: 'buy 2, the cheapest free, 5 units', qty: 5, deal: itemDeal({ kind: 'buys', quantity: 2 }, { kind: 'free' }, 'cheapestQualifying'), lineRuns: 2, usedRuns: 1 },
    { name: 'buy 3, the cheapest free, 5,000 units', qty: 5_000, deal: itemDeal({ kind: 'buys', quantity: 3 }, { kind: 'free' }, 'cheapestQualifying'), lineRuns: 2, usedRuns: 1 },
  ])('$name', ({ qty, deal, lineRuns, usedRuns }) => {
    const r = evaluate(bundleOf([promo('p', deal)]), orderOf([{ price: '2.00', qty }]));
    const line = r.lines[0]!;
    expect(line.units).toHaveLength(lineRuns);
    expect(unitCount(line.units)).toBe(qty);
    // Runs are in unit order and touch: each starts where the one before ended.
    line.units.forEach((u, i) => expect(u.unit).toBe(i === 0 ? 0 : line.units[i - 1]!.unit + line.units[i - 1]!.count));
    // Adjacent runs differ, or they would be one.
    for (let i = 1; i < line.units.length; i++) expect({ ...line.units[i]!, unit: 0, count: 0 }).not.toEqual({ ...line.units[i - 1]!, unit: 0, count: 0 });
    for (const a of r.applications) expect(a.unitsUsed.length).toBeLessThanOrEqual(usedRuns);
  });

  it('copies are one record laid out together: "buy 2, the cheapest free" on 5 units frees the first two', () => {
    const r = evaluate(bundleOf([promo('p', itemDeal({ kind: 'buys', quantity: 2 }, { kind: 'free' }, 'cheapestQualifying'))]), orderOf([{ price: '2.00', qty: 5 }]));
    const shape = r.lines[0]!.units.map((u) => [u.unit, u.count, u.net]);
    const rewarded = r.applications.flatMap((a) => a.unitsRewarded.map((u) => [u.unit, u.count]));
    expect(rewarded).toEqual([[0, 2]]);
    expect(r.applications.map((a) => [a.copies, a.saving, a.unitsUsed.map((u) => [u.unit, u.count])])).toEqual([[2, '4.00', [[0, 4]]]]);
    expect(shape).toEqual([[0, 2, '0.00'], [2, 3, '2.00']]);
    expect(unitCount(r.applications.flatMap((a) => a.unitsUsed))).toBe(4);
    expect(shape.reduce((n, [, c]) => n + (c as number), 0)).toBe(5);
    expect(shape.filter(([, , net]) => net === '0.00').reduce((n, [, c]) => n + (c as number), 0)).toBe(2);
  });
});
