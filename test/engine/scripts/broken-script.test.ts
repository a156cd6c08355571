import { describe, expect, it } from 'vitest';
import type { PromotionInput } from '../../../src/domain/index.ts';
import { evaluate } from '../../../src/engine/index.ts';
import { scriptHooks } from '../../../src/engine/scripts.ts';
import { itemDeal, orderOf, promo } from '../../support/engine-factories.ts';
import { bundleWithScripts, customerWith, outcomeOf } from '../../support/script-factories.ts';

/**
 * A script that cannot give an answer makes its promotion `scriptError`, with the script's
 * line:column, code and message; every other promotion is still evaluated. Columns by hand:
 * `output (Order.Subtotal >= 50` ends at column 29; `Totl` starts at 14; `User.Points` at 13;
 * the runaway loop's budget runs out inside `set n to n + 1` (line 6) — its column depends on
 * step counting, so only the line is pinned.
 */
const CONDITION = 'extend DiscountCondition\n';
const LOOP = `${CONDITION}set n to 0\nforeach a in Order.Lines\nforeach b in Order.Lines\nforeach c in Order.Lines\nset n to n + 1\nend\nend\nend\noutput n > 0\n`;

const cases: readonly { name: string; source: string; use: 'condition' | 'dispersion'; message: RegExp }[] = [
  { name: 'syntax error', source: `${CONDITION}output (Order.Subtotal >= 50\n`, use: 'condition', message: /failed: 2:29 expected-token expected `\)`/ },
  { name: 'unknown member (checker)', source: `${CONDITION}output Order.Totl >= 50\n`, use: 'condition', message: /failed: 2:14 unknown-member Order has no member `Totl`/ },
  { name: 'division by zero (run time)', source: `${CONDITION}output 60 / User.Points > 1\n`, use: 'condition', message: /failed: 2:13 division-by-zero/ },
  { name: 'runaway loop over the budget', source: LOOP, use: 'condition', message: /failed: 6:\d+ step-budget-exceeded the script ran more than 100 steps/ },
  { name: 'dispersion out of range (run time)', source: 'extend DiscountFinancialDispersion\noutput User.Points, 0\n', use: 'dispersion', message: /failed: 2:1 dispersion-out-of-range financialDispersion must be a whole number from 0 to 4, got 7/ },
  { name: 'dispersion script used as a condition', source: 'extend DiscountFinancialDispersion\noutput 0, 0\n', use: 'condition', message: /failed: 1:8 extension-point-mismatch/ },
];

const gated = (use: 'condition' | 'dispersion'): PromotionInput =>
  promo('gated', itemDeal({ kind: 'buysAtLeast', quantity: 1 }, { kind: 'percent', percent: '10' }, 'allQualifying'),
    use === 'condition' ? { conditions: { kind: 'script', scriptId: 's' } } : { dispersion: { scriptId: 's' } });
const other = promo('other', { kind: 'orderDiscount', reward: { kind: 'amountOff', amount: '1.00' } }, { priority: 2 });

describe('a broken script', () => {
  it.each(cases)('$name → scriptError naming line:col; the other promotion applies', ({ source, use, message }) => {
    const b = bundleWithScripts([gated(use), other], [{ id: 's', source, extensionPoint: use === 'condition' ? 'DiscountCondition' : 'DiscountFinancialDispersion' }]);
    const order = orderOf([{ price: '10.00' }, { price: '20.00' }, { price: '30.00' }], { customer: customerWith({}, { points: use === 'dispersion' ? 7 : 0 }) });
    // A fixed clock: the budget, never the wall clock, stops the loop.
    const r = evaluate(b, order, undefined, scriptHooks(b, { stepBudget: 100, now: () => 0 }));
    expect(outcomeOf(r, 'gated')).toMatchObject({ status: 'notApplied', reason: 'scriptError' });
    expect(outcomeOf(r, 'gated')?.message).toMatch(message);
    expect(outcomeOf(r, 'other')).toMatchObject({ status: 'applied', saving: '1.00' });
    expect(r.totals.promotionSaving).toBe('1.00');
  });

  it('the default budget (1,000,000 steps) stops a loop of about 3 million iterations', () => {
    // 6 nested loops over 12 lines = 12⁶ ≈ 3.0 million `set` runs, each several steps.
    const deep = `${CONDITION}set n to 0\n${'foreach x in Order.Lines\n'.repeat(6)}set n to n + 1\n${'end\n'.repeat(6)}output n > 0\n`;
    const b = bundleWithScripts([gated('condition'), other], [{ id: 's', source: deep }]);
    const order = orderOf(Array.from({ length: 12 }, () => ({ price: '1.00' })));
    const r = evaluate(b, order, undefined, scriptHooks(b, { now: () => 0 }));
    expect(outcomeOf(r, 'gated')?.message).toMatch(/failed: \d+:\d+ step-budget-exceeded the script ran more than 1000000 steps/);
    expect(outcomeOf(r, 'other')?.status).toBe('applied');
  });
});
