import { describe, expect, it } from 'vitest';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { buys, FREE, makeLevel, pct, usd } from '../../support/solver-factories.ts';

const units = [usd(10), usd(9), usd(8), usd(7)].map((price) => ({ price }));

describe('rewardPolicy cheapestInTransaction', () => {
  it('puts "buy 2 cheapest free" on the two cheapest units of the transaction ($8 + $7), not the best pairs', () => {
    const input = makeLevel(units, [{ id: 'A', tiers: [{ threshold: buys(2), reward: FREE }] }], { policy: 'cheapestInTransaction' });
    const out = solveLevel(input);
    expect(out.total).toBe(usd(15));
    expect(out.applications.map((a) => [[...a.used], [...a.rewarded]])).toEqual([
      [[0, 2], [2]],
      [[1, 3], [3]],
    ]);
  });

  it('runs promotions in (priority, id) order without comparing alternatives', () => {
    const input = makeLevel(units, [
      { id: 'A', tiers: [{ threshold: buys(2), reward: FREE }] },
      { id: 'B', priority: 0, target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(1000) }] },
    ], { policy: 'cheapestInTransaction' });
    const out = solveLevel(input);
    expect(out.total).toBe(usd('3.40'));
    expect(out.applications.map((a) => input.promotions[a.promotion]!.id)).toEqual(['B']);
  });

  it('still keeps a customer price that saves more (SPEC §5.3)', () => {
    const input = makeLevel([{ price: usd(10), customerPrice: usd(8) }], [
      { id: 'P', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(1000) }] },
    ], { policy: 'cheapestInTransaction' });
    const out = solveLevel(input);
    expect(out.applications).toEqual([]);
    expect(out.total).toBe(usd(2));
  });
});
