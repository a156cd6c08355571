/**
 * A level whose search goes one DFS level deeper per application: one line of `quantity` units
 * under "buy 2, cheapest free" and "10 % off each" (issue 11: a line of 10,500 units overflowed
 * the call stack while the search recursed once per application).
 */
import type { SolveInput } from '../../src/engine/solver/types.ts';
import { buys, FREE, line, makeLevel, pct, usd } from './solver-factories.ts';

export function deepLevel(quantity: number, searchBudget: number): SolveInput {
  const units = [...line(quantity, usd(3), 'A', 0), ...line(4, usd(5), 'B', 1)];
  return makeLevel(units, [
    { id: 'two', tiers: [{ threshold: buys(2), reward: FREE }] },
    { id: 'one', tiers: [{ threshold: buys(1), reward: pct(1000) }] },
  ], { searchBudget });
}

/**
 * A component whose search recurses once per promotion: `promotions` deals, each on two
 * neighbouring single-unit lines, so every promotion shares a unit with the next and the parts
 * never come apart (issue 11: 2,000 of them ran out of call stack in both engines).
 */
export function chainLevel(promotions: number, searchBudget: number): SolveInput {
  const units = Array.from({ length: promotions + 1 }, (_, i) => ({ price: BigInt(100 + (i % 7) * 37), line: i, product: `P${i}` }));
  return makeLevel(units, Array.from({ length: promotions }, (_, k) => ({
    id: `p${String(k).padStart(6, '0')}`,
    target: k % 2 === 0 ? 'cheapestQualifying' : 'allQualifying',
    tiers: [{ threshold: buys(k % 2 === 0 ? 2 : 1), reward: k % 2 === 0 ? FREE : pct(1000) }],
    qualifying: [k, k + 1],
  })), { searchBudget });
}
