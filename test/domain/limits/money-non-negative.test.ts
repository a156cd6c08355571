import { describe, expect, it } from 'vitest';
import { validateBundle, validateOrder } from '../../../src/bundle/validate.ts';
import { makeBundle } from '../../support/bundle-factories.ts';
import { orderValue, withValueAt } from '../../support/hostile-factories.ts';

// Issue 11: negative prices, shipping, amountOff and fixedTotal validated, and 56 of 1,000 random
// orders with negative prices then threw `negative split weight` inside the engine.
describe('money is never negative', () => {
  it.each([
    [['lines', 0, 'unitPrice'], '$.lines[0].unitPrice'],
    [['lines', 0, 'customerPrice'], '$.lines[0].customerPrice'],
    [['shipping'], '$.shipping'],
  ])('an order with -1.00 at %j is refused at %s', (path, at) => {
    const r = validateOrder(withValueAt(orderValue(), path, '-1.00'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([expect.objectContaining({ code: 'money-negative', path: at })]);
  });

  it.each([
    [['products', 0, 'price'], '$.products[0].price'],
    [['promotions', 0, 'rule', 'tiers', 0, 'reward'], '$.promotions[0].rule.tiers[0].reward.amount', { kind: 'amountOff', amount: '-2.00' }],
    [['promotions', 0, 'rule', 'tiers', 0, 'reward'], '$.promotions[0].rule.tiers[0].reward.amount', { kind: 'fixedTotal', amount: '-2.00' }],
  ] as [(string | number)[], string, unknown?][])('a bundle with a negative amount at %j is refused at %s', (path, at, value = '-2.00') => {
    const r = validateBundle(withValueAt(makeBundle(), path, value));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual(expect.objectContaining({ code: 'money-negative', path: at }));
  });

  it('zero and positive amounts still validate', () => {
    expect(validateOrder(withValueAt(orderValue(), ['lines', 0, 'unitPrice'], '0')).ok).toBe(true);
    expect(validateOrder(withValueAt(orderValue(), ['shipping'], '4.99')).ok).toBe(true);
  });

  it('a malformed amount gets one shape message, not a second "negative" one', () => {
    const r = validateOrder(withValueAt(orderValue(), ['lines', 0, 'unitPrice'], '-abc'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toEqual(['schema-invalid-format']);
  });
});
