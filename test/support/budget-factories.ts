import type { Bundle, Order, PromotionInput } from '../../src/domain/index.ts';
import type { SolveInput, SolveOutput } from '../../src/engine/solver/types.ts';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { bundleOf, orderOf } from './engine-factories.ts';

/** `n` item deals at priority 1, each over every product: they all compete for the same units. */
export function overlappingDeals(n: number, settings: Record<string, unknown> = {}): Bundle {
  const promotions: PromotionInput[] = Array.from({ length: n }, (_, i) => ({
    id: `d${String(i).padStart(4, '0')}`, name: `deal ${i}`, priority: 1,
    rule: { kind: 'itemDeal', target: 'cheapestQualifying', selection: {}, tiers: [{ threshold: { kind: 'buys', quantity: 2 + (i % 3) }, reward: { kind: 'percent', percent: String(10 + (i % 50)) } }] },
  }) as PromotionInput);
  return bundleOf(promotions, { settings: { rewardPolicy: 'bestDeal', orderProperties: [], searchBudget: 200_000, ...settings } as never });
}

/** `lines` lines of distinct products, `qty` units each, distinct prices. */
export function mixedOrder(lines: number, qty: number): Order {
  return orderOf(Array.from({ length: lines }, (_, i) => ({ product: `P${i}`, qty, price: ((i + 1) * 1.25).toFixed(2) })));
}

/** A level solver (the reference unless given), recording each search's input budget and nodes. */
export function recordingSolver(solver: (input: SolveInput) => SolveOutput = solveLevel): { solveLevel: (input: SolveInput) => SolveOutput; calls: { budget: number; nodes: number }[] } {
  const calls: { budget: number; nodes: number }[] = [];
  return {
    calls,
    solveLevel: (input) => {
      const out = solver(input);
      calls.push({ budget: input.searchBudget, nodes: out.nodes });
      return out;
    },
  };
}
