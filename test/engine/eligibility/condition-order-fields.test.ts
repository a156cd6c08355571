import { describe, expect, it } from 'vitest';
import type { Condition, OrderInput } from '../../../src/domain/index.ts';
import { checkConditions } from '../../../src/engine/eligibility/index.ts';
import { ctx, leaf, promo } from '../../support/eligibility-factories.ts';

const lines: OrderInput['lines'] = [
  { id: 'l1', productId: 'shoe', quantity: 2, unitPrice: '50.00', customFields: { engraving: 'yes' } },
  { id: 'l2', productId: 'sock', quantity: 3, unitPrice: '5.00' },
];
const base: Partial<OrderInput> = {
  lines, outlet: 'north', channel: 'online', orderType: 'delivery',
  customFields: { source: 'app', visits: 3 },
  answers: [{ question: 'q-size', answer: 'large', participant: 'ann' }, { question: 'q-size', answer: 'small', participant: 'bob' }],
  user: { roles: ['cashier'], permissions: ['applyManualDiscount'] },
};

const passes = (c: Condition, order: Partial<OrderInput> = {}, net = 0n) =>
  checkConditions(promo({ conditions: c }), ctx({ order: { ...base, ...order } }), net).ok;

describe('order-level condition fields (gross subtotal of the base order: 2×50 + 3×5 = 115.00)', () => {
  it.each<[string, Condition, boolean]>([
    ['subtotal is gross, before promotions', leaf('subtotal', 'eq', '115.00'), true],
    ['subtotal gte', leaf('subtotal', 'gte', '115.01'), false],
    ['itemCount sums quantities', leaf('itemCount', 'eq', 5), true],
    ['orderType', leaf('orderType', 'eq', 'delivery'), true],
    ['channel', leaf('channel', 'in', ['inStore']), false],
    ['outlet', leaf('outlet', 'eq', 'north'), true],
    ['order custom field', leaf('orderCustomField', 'eq', 'app', 'source'), true],
    ['order custom field numeric', leaf('orderCustomField', 'gte', 3, 'visits'), true],
    ['missing order custom field', leaf('orderCustomField', 'hasValue', undefined, 'nope'), false],
    ['line custom field on some line', leaf('lineCustomField', 'eq', 'yes', 'engraving'), true],
    ['line custom field hasNoValue: no line has it', leaf('lineCustomField', 'hasNoValue', undefined, 'engraving'), false],
    ['answer of some participant', leaf('answer', 'eq', 'small', 'q-size'), true],
    ['answer to another question', leaf('answer', 'hasValue', undefined, 'q-age'), false],
    ['stock label from the catalog', leaf('stockLabel', 'eq', 'clearance'), true],
    ['product requirement = an attribute key', leaf('productRequirement', 'eq', 'socks', 'category'), true],
    ['product requirement on a list attribute', leaf('productRequirement', 'contains', 'sport', 'tags'), true],
    ['no membership product in basket', leaf('membershipInBasket', 'eq', true), false],
    ['staff roles', leaf('staffRoles', 'contains', 'cashier'), true],
    ['staff permissions', leaf('staffPermissions', 'contains', 'couponOverride'), false],
  ])('%s', (_name, c, expected) => {
    expect(passes(c)).toBe(expected);
  });

  it('netSubtotal reads the value passed for the promotion\'s level, not the gross', () => {
    expect(passes(leaf('netSubtotal', 'gte', '100'), {}, 9999n)).toBe(false);
    expect(passes(leaf('netSubtotal', 'gte', '100'), {}, 10000n)).toBe(true);
  });

  it('membershipInBasket: a line whose product has membership=true', () => {
    const withCard = { lines: [...lines, { id: 'l3', productId: 'club', quantity: 1, unitPrice: '10.00' }] };
    expect(passes(leaf('membershipInBasket', 'eq', true), withCard)).toBe(true);
  });

  it('line attributes override the catalog (stock label)', () => {
    const relabelled = { lines: [{ id: 'l2', productId: 'sock', quantity: 1, unitPrice: '5.00', attributes: { stockLabel: 'new' } }] };
    expect(passes(leaf('stockLabel', 'eq', 'clearance'), relabelled)).toBe(false);
  });

  it('reports the observed value the way a user reads it (SPEC §3.4)', () => {
    const order = { lines: [{ id: 'l1', productId: 'shoe', quantity: 1, unitPrice: '42.00' }] };
    const c = checkConditions(promo({ conditions: leaf('subtotal', 'gte', '50') }), ctx({ order }), 0n);
    expect(c).toEqual({ ok: false, reason: 'conditionFailed', message: 'Condition not met: subtotal 42.00 < 50.00.', observed: '42.00' });
  });

  it('formats amounts in the bundle currency (JPY has no decimals)', () => {
    const order = { lines: [{ id: 'l1', productId: 'shoe', quantity: 1, unitPrice: '4200' }] };
    const c = checkConditions(promo({ conditions: leaf('subtotal', 'between', ['5000', '9000']) }), ctx({ bundle: { currency: 'JPY' }, order }), 0n);
    expect(!c.ok && c.message).toBe('Condition not met: subtotal 4200 not between 5000 and 9000.');
  });
});
