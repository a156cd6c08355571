import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index.ts';
import { itemDeal, orderOf, promo } from '../../support/engine-factories.ts';
import { bundleWithScripts, outcomeOf } from '../../support/script-factories.ts';

const nestedIfs = (n: number): string => `extend DiscountCondition\n${'if true then\n'.repeat(n)}output true\n${'end\n'.repeat(n)}`;

// Issue 11: a condition script with 5,000 nested `if` validated, then failed the whole evaluation.
describe('a pathological condition script fails only its own promotion', () => {
  it.each([3_000, 5_000])('%d nested if → scriptError for that promotion; the other applies', (n) => {
    const gated = promo('gated', itemDeal({ kind: 'buysAtLeast', quantity: 1 }, { kind: 'percent', percent: '10' }, 'allQualifying'), {
      conditions: { kind: 'script', scriptId: 's' },
    });
    const other = promo('other', { kind: 'orderDiscount', reward: { kind: 'amountOff', amount: '1.00' } }, { priority: 2 });
    const b = bundleWithScripts([gated, other], [{ id: 's', source: nestedIfs(n), extensionPoint: 'DiscountCondition' }]);
    const r = evaluate(b, orderOf([{ price: '10.00' }]));
    expect(outcomeOf(r, 'gated')).toMatchObject({ status: 'notApplied', reason: 'scriptError' });
    expect(outcomeOf(r, 'gated')?.message).toMatch(/nesting-too-deep/);
    expect(outcomeOf(r, 'other')).toMatchObject({ status: 'applied', saving: '1.00' });
  });
});
