/**
 * The net subtotal a promotion's conditions read (SPEC §3.4) is the order's net at that
 * promotion's moment: customer prices, except that a unit an exclusive promotion took pays from
 * its regular price, less every saving decided before. The engine keeps it as a running total;
 * these cases pin each way it moves.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import type { PromotionInput } from '../../src/domain/index.ts';
import { bundleOf, itemDeal, orderOf, promo } from '../support/engine-factories.ts';
import { leaf } from '../support/eligibility-factories.ts';

/** Applies when the net subtotal at its moment is at least `atLeast`: 1 cent off the order. */
const probe = (atLeast: string): PromotionInput => promo('probe', { kind: 'orderDiscount', reward: { kind: 'amountOff', amount: '0.01' } }, {
  priority: 9, concurrency: 'compound', conditions: leaf('netSubtotal', 'gte', atLeast),
});

const halfOff = promo('half', itemDeal({ kind: 'buys', quantity: 1 }, { kind: 'percent', percent: '50' }, 'allQualifying'), { priority: 1 });

describe('the net subtotal a later promotion reads', () => {
  it.each([
    // 10.00 with a customer price of 8.00, taken by "50 % off" at its regular price: 5.00.
    { why: 'an exclusive promotion took the unit: its regular price less the saving', lines: [{ price: '10.00', customerPrice: '8.00' }], earlier: [halfOff], net: '5.00', above: '5.01' },
    // Nothing took it: the customer price.
    { why: 'no promotion took the unit: its customer price', lines: [{ price: '10.00', customerPrice: '8.00' }], earlier: [], net: '8.00', above: '8.01' },
    // Two units, one line: both taken, 2 × 5.00.
    { why: 'every unit of a line counts', lines: [{ price: '10.00', customerPrice: '8.00', qty: 2 }], earlier: [halfOff], net: '10.00', above: '10.01' },
  ])('$why ($net)', ({ lines, earlier, net, above }) => {
    const order = orderOf(lines);
    const at = (x: string): string | undefined => evaluate(bundleOf([...earlier, probe(x)]), order).promotions.find((p) => p.promotionId === 'probe')?.status;
    expect(at(net)).toBe('applied');
    expect(at(above)).toBe('notApplied');
  });
});
