import { describe, expect, it } from 'vitest';
import { OrderSchema, PromotionSchema } from '../../src/domain/index.ts';
import { ageOn, conditionInputs, dispersionInputs, runConditionScript, runDispersionScript } from '../../src/dsl/engine-bridge.ts';
import { lines, SPEC_SAMPLE } from '../support/dsl-factories.ts';

const order = OrderSchema.parse({
  id: 'o1',
  at: '2026-05-04T12:00:00-04:00',
  shipping: '4.99',
  lines: [
    { id: 'l1', productId: 'A', quantity: 3, unitPrice: '10.10', attributes: { category: 'mugs', tags: ['blue'] } },
    { id: 'l2', productId: 'B', quantity: 1, unitPrice: '0.20' },
  ],
  customer: { id: 'c1', birthDate: '2000-05-05', segments: ['vip'], customFields: { QA_DiscountFinancialDispersion: 4 } },
});
const promotion = PromotionSchema.parse({
  id: 'p1',
  name: 'Mugs',
  rule: { kind: 'itemDeal', selection: {}, target: 'cheapestQualifying', tiers: [{ threshold: { kind: 'buys', quantity: 2 }, reward: { kind: 'free' } }] },
});

describe('engine bridge', () => {
  const inputs = dispersionInputs({ order, promotion, currency: 'USD' });

  it('builds inputs with exact money totals and the customer as User', () => {
    expect(inputs).toMatchObject({
      DefaultFinancialDispersion: 0,
      DefaultProductSetFinancialDispersion: 1,
      Discount: { Id: 'p1', Name: 'Mugs', Trigger: 'automatic', Reward: 'free' },
      Order: { Subtotal: '30.50', Total: '35.49', Lines: [{ Total: '30.30', Category: 'mugs', Tags: ['blue'] }, { Total: '0.20' }] },
      User: { Id: 'c1', Age: 25, Segments: ['vip'] },
    });
  });

  it('runs the SPEC sample: a numeric custom field 4 reads as the string "4"', () => {
    expect(runDispersionScript(SPEC_SAMPLE, inputs)).toEqual({ ok: true, financial: 4, product: 3 });
  });

  it('refuses dispersion values out of range at run time', () => {
    const r = runDispersionScript(lines('extend DiscountFinancialDispersion', 'output Order.Lines.Count + 3, 0'), inputs);
    expect(r).toEqual({ ok: false, message: 'financialDispersion must be a whole number from 0 to 4' });
  });

  it('runs condition scripts and reports runtime errors with line:column', () => {
    const src = lines('extend DiscountCondition', "output Order.Subtotal >= 30 and 'vip' in User.Segments");
    expect(runConditionScript(src, conditionInputs({ order, promotion, currency: 'USD' }))).toEqual({ ok: true, value: true });
    expect(runConditionScript(lines('extend DiscountCondition', 'output 1 / 0 = 1'), inputs)).toEqual({
      ok: false,
      message: '2:12 division-by-zero `0` is zero',
    });
  });

  it('computes ages in whole years', () => {
    expect(ageOn('2000-05-05', '2026-05-04')).toBe(25);
    expect(ageOn('2000-05-04', '2026-05-04')).toBe(26);
  });
});
