import { describe, expect, it } from 'vitest';
import type { PromotionInput } from '../../../src/domain/index.ts';
import { evaluate } from '../../../src/engine/index.ts';
import { itemDeal, orderOf, promo } from '../../support/engine-factories.ts';
import { bundleWithScripts, customerWith, outcomeOf } from '../../support/script-factories.ts';

/** A `DiscountCondition` script gates its promotion (SPEC §3.4 `script` leaf, §9); `evaluate` runs it by default. */
const tenOff = (id: string, scriptId: string): PromotionInput =>
  promo(id, itemDeal({ kind: 'buysAtLeast', quantity: 1 }, { kind: 'percent', percent: '10' }, 'allQualifying'), {
    conditions: { kind: 'script', scriptId },
  });

const BIG = 'extend DiscountCondition\n# gross subtotal of $50 or more\noutput Order.Subtotal >= 50\n';

describe('DiscountCondition script', () => {
  it.each([
    { price: '60.00', status: 'applied', saving: '6.00' },
    { price: '50.00', status: 'applied', saving: '5.00' },
    { price: '49.99', status: 'notApplied', saving: '0.00' },
  ])('subtotal $price → $status', ({ price, status, saving }) => {
    const r = evaluate(bundleWithScripts([tenOff('big', 'big-basket')], [{ id: 'big-basket', source: BIG }]), orderOf([{ price }]));
    expect(outcomeOf(r, 'big')?.status).toBe(status);
    expect(r.totals.promotionSaving).toBe(saving);
  });

  it('false is conditionFailed with the script named and the observed value', () => {
    const r = evaluate(bundleWithScripts([tenOff('big', 'big-basket')], [{ id: 'big-basket', source: BIG }]), orderOf([{ price: '12.00' }]));
    expect(outcomeOf(r, 'big')).toEqual({
      promotionId: 'big', status: 'notApplied', reason: 'conditionFailed',
      message: 'Condition not met: script big-basket returned false.', observed: 'false',
    });
  });

  it('reads the customer and the promotion it gates', () => {
    const source = "extend DiscountCondition\noutput Discount.Id = 'gold-only' and User.CustomFields.Tier = 'gold'\n";
    const b = bundleWithScripts([tenOff('gold-only', 'gold')], [{ id: 'gold', source }]);
    const status = (tier: string) => outcomeOf(evaluate(b, orderOf([{ price: '10.00' }], { customer: customerWith({ Tier: tier }) })), 'gold-only')?.status;
    expect([status('gold'), status('silver')]).toEqual(['applied', 'notApplied']);
  });

  it('a script shared by two promotions sees the promotion it gates as Discount', () => {
    const source = "extend DiscountCondition\noutput Discount.Id = 'b'\n";
    const b = bundleWithScripts([tenOff('a', 'shared'), { ...tenOff('b', 'shared'), concurrency: 'compound' }], [{ id: 'shared', source }]);
    const r = evaluate(b, orderOf([{ price: '10.00' }]));
    expect([outcomeOf(r, 'a')?.status, outcomeOf(r, 'b')?.status]).toEqual(['notApplied', 'applied']);
    expect(outcomeOf(r, 'a')).toMatchObject({ reason: 'conditionFailed' });
  });

  it("a caller's runScript replaces the bundle's script", () => {
    const b = bundleWithScripts([tenOff('big', 'big-basket')], [{ id: 'big-basket', source: BIG }]);
    const r = evaluate(b, orderOf([{ price: '10.00' }]), undefined, { runScript: () => ({ ok: true, value: true }) });
    expect(outcomeOf(r, 'big')?.status).toBe('applied');
  });
});
