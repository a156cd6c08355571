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
