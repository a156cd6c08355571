import { beforeAll, describe, expect, it } from 'vitest';
import { emptyState, type LedgerState } from '../../src/domain/index.ts';
import { commit, evaluate } from '../../src/engine/index.ts';
import type { EvaluateOptions } from '../../src/engine/evaluate.ts';
import { wasmSolveLevel } from '../../src/wasm/node.ts';
import { ensureWasm } from '../wasm/ensure-wasm.ts';
import { bundleOf, itemDeal, orderOf, promo, type LineSpec } from '../support/engine-factories.ts';

beforeAll(ensureWasm);

/**
 * One customer's orders replayed in time order through evaluate → commit (SPEC §2, §6, §7):
 * "pair" (buy 2 A, cheapest free) may be used twice per customer; "budget" (10 % off A and B,
 * compound) draws a 5.00 budget that refills each calendar month.
 */
const bundle = bundleOf([
  promo('pair', itemDeal({ kind: 'buys', quantity: 2 }, { kind: 'free' }, 'cheapestQualifying', {
    selection: { qualifying: { kind: 'products', ids: ['A'] } },
  }), { limits: { maxUsesPerCustomer: 2 } }),
  promo('budget', { kind: 'orderDiscount', reward: { kind: 'percent', percent: '10' }, selection: { qualifying: { kind: 'products', ids: ['A', 'B'] } } }, {
    limits: { budget: { amount: '5.00', reload: 'startOfMonth' } },
  }),
]);

const twoA: LineSpec[] = [{ product: 'A', price: '10.00', qty: 2 }];

interface Step {
  readonly at: string;
  readonly lines: readonly LineSpec[];
  /** Promotion id → 'applied' with its saving, or the reason code. */
  readonly pair: string;
  readonly budget: string;
  /** What the budget cut off the "budget" application, when it capped it. */
  readonly budgetCapped?: string;
  readonly why: string;
}

const STEPS: readonly Step[] = [
  { at: '2026-05-02T10:00:00Z', lines: [...twoA, { product: 'B', price: '20.00' }], pair: 'applied 10.00', budget: 'applied 3.00',
    why: 'one A free; then 10 % of the 30.00 left (10.00 + 20.00) within the 5.00 budget' },
  { at: '2026-05-09T10:00:00Z', lines: [{ product: 'B', price: '30.00' }], pair: 'thresholdNotMet', budget: 'applied 2.00', budgetCapped: '1.00',
    why: 'no A for pair; 10 % of 30.00 is 3.00 but only 2.00 of the budget is left' },
  { at: '2026-05-16T10:00:00Z', lines: twoA, pair: 'applied 10.00', budget: 'budgetExhausted',
    why: 'pair\'s second use; the basket qualifies for budget, whose 5.00 is spent' },
  { at: '2026-05-23T10:00:00Z', lines: [{ product: 'C', price: '15.00' }], pair: 'thresholdNotMet', budget: 'noEligibleItems',
    why: 'pair is used up and budget spent, but nothing in the basket qualifies for either' },
  { at: '2026-05-30T10:00:00Z', lines: twoA, pair: 'limitReached', budget: 'budgetExhausted',
    why: 'the basket qualifies for both: pair used 2 of 2 times, budget spent' },
  { at: '2026-06-01T10:00:00Z', lines: twoA, pair: 'limitReached', budget: 'applied 2.00',
    why: 'pair stays used up; a new month refills the budget: 10 % of 20.00' },
];

const SOLVERS: readonly { name: string; options: EvaluateOptions }[] = [
  { name: 'reference solver', options: {} },
  { name: 'WASM solver', options: { solveLevel: wasmSolveLevel } },
];

describe.each(SOLVERS)('a customer\'s orders in time order ($name)', ({ options }) => {
  it('reports each order\'s reasons and amounts against the ledger the earlier orders left', () => {
    let state: LedgerState = emptyState();
    const seen: { pair: string; budget: string; budgetCapped?: string }[] = [];
    STEPS.forEach((step, i) => {
      const order = orderOf(step.lines, { id: `o-${i + 1}`, at: step.at, customer: { id: 'c1' } });
      const result = evaluate(bundle, order, state, options);
      const show = (id: string): string => {
        const o = result.promotions.find((p) => p.promotionId === id)!;
        return o.status === 'applied' ? `applied ${o.saving}` : o.reason;
      };
      const capped = result.applications.find((a) => a.promotionId === 'budget')?.budgetCapped;
      seen.push({ pair: show('pair'), budget: show('budget'), ...(capped === undefined ? {} : { budgetCapped: capped }) });
      state = commit(state, order, result, bundle);
    });
    expect(seen).toEqual(STEPS.map((s) => ({ pair: s.pair, budget: s.budget, ...(s.budgetCapped === undefined ? {} : { budgetCapped: s.budgetCapped }) })));
    expect(state.customerUses).toEqual({ pair: { c1: 2 }, budget: { c1: 3 } });
    expect(state.budgets['budget']).toEqual({ c1: { spent: '2.00', periodStart: '2026-06-01' } });
  });
});
