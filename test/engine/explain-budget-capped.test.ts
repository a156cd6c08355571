import { describe, expect, it } from 'vitest';
import { LedgerStateSchema } from '../../src/domain/index.ts';
import { evaluate, explain } from '../../src/engine/index.ts';
import { bundleOf, itemDeal, orderOf, promo } from '../support/engine-factories.ts';

/** SPEC §7: a budget smaller than the saving gives the remaining balance, and the result says so. */
const bundle = bundleOf([
  promo('pair', itemDeal({ kind: 'buys', quantity: 2 }, { kind: 'free' }, 'cheapestQualifying'), {
    name: 'Buy 2, cheapest free', limits: { budget: { amount: '10.00' } },
  }),
]);
const order = orderOf([{ price: '10.00', qty: 2 }], { customer: { id: 'c1' } });
const spent = (amount: string) => LedgerStateSchema.parse({ budgets: { pair: { c1: { spent: amount, periodStart: '2026-05-01' } } } });

describe('a budget smaller than the saving', () => {
  it('gives the balance and marks the application, the outcome and the explanation', () => {
    const result = evaluate(bundle, order, spent('7.00'));
    expect(result.applications).toEqual([expect.objectContaining({ promotionId: 'pair', saving: '3.00', budgetCapped: '7.00' })]);
    expect(result.promotions[0]).toMatchObject({
      status: 'applied', saving: '3.00',
      message: 'Applied once, saving 3.00 (capped by its budget: 3.00 was left, 7.00 less than the full reward).',
    });
    expect(explain(result, bundle).split('\n').slice(3, 5)).toEqual([
      '  ✓ Buy 2, cheapest free [pair]: −3.00 — Applied once, saving 3.00 (capped by its budget: 3.00 was left, 7.00 less than the full reward).',
      '    budget capped: the remaining balance gave 3.00, 7.00 less than the full reward',
    ]);
  });

  it('adds no note when the balance covers the whole reward', () => {
    const result = evaluate(bundle, order, spent('0.00'));
    expect(result.applications[0]).not.toHaveProperty('budgetCapped');
    expect(explain(result, bundle)).not.toContain('budget capped');
  });
});
