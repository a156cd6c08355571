import { describe, expect, it } from 'vitest';
import { OrderSchema } from '../../../src/domain/index.ts';
import {
  addProduct, BASKET_CUSTOMER, couponProblem, customerPriceProblem, draftFromBasket, emptyDraft, MANUAL_PERMISSION, orderFromDraft,
  quantityProblem, removeLine, stepQuantity, updateLine,
} from '../../../src/ui/simulator/basket-draft.ts';
import { savedBasket, simBundle } from '../../support/simulator-factories.ts';
import { LIMITS } from '../../../src/domain/limits.ts';

const bundle = simBundle();

describe('field validation', () => {
  it.each([
    ['1', undefined],
    [' 12 ', undefined],
    ['9999', undefined],
    [String(LIMITS.quantityPerLine), undefined],
    ['', 'enter a quantity'],
    ['0', 'a quantity is at least 1'],
    ['1.5', 'a quantity is a whole number such as 2'],
    ['-2', 'a quantity is a whole number such as 2'],
    ['abc', 'a quantity is a whole number such as 2'],
    // The form refuses what the order schema refuses (it once stopped at 9,999 on its own).
    [String(LIMITS.quantityPerLine + 1), `at most ${LIMITS.quantityPerLine.toLocaleString('en')}`],
  ])('quantity %j → %j', (text, message) => {
    expect(quantityProblem(text)).toBe(message);
  });

  it.each([
    ['', undefined],
    ['4.50', undefined],
    ['10.00', undefined],
    ['10.01', 'must not exceed the unit price 10.00'],
    ['4.505', '"4.505" has more decimals than USD allows (2)'],
    ['4,50', 'enter an amount such as 4.50'],
    ['-1', 'a price is not negative'],
  ])('customer price %j under a 10.00 unit price → %j', (text, message) => {
    expect(customerPriceProblem(text, '10.00', 'USD')).toBe(message);
  });

  it.each([
    ['Summer10', undefined],
    [' summer10 ', undefined], // spaces count: a different code, entered as typed
    ['', 'enter a code'],
    ['SAVE5', '"SAVE5" is already entered'],
  ])('coupon %j → %j', (code, message) => {
    const draft = { ...emptyDraft(bundle, Date.UTC(2026, 2, 11, 15)), coupons: ['SAVE5'] };
    expect(couponProblem(draft, code)).toBe(message);
  });

  it.each([
    ['3', 1, '4'],
    ['3', -1, '2'],
    ['1', -1, '1'],
    ['9999', 1, '10000'],
    [String(LIMITS.quantityPerLine), 1, String(LIMITS.quantityPerLine)],
    ['x', 1, '1'],
  ])('stepping %j by %i gives %j', (text, delta, next) => {
    expect(stepQuantity(text, delta)).toBe(next);
  });
});

describe('a draft from a saved basket', () => {
  const basket = savedBasket({
    order: {
      id: 'o1', at: '2026-03-11T11:00:00-04:00', channel: 'online', shipping: '5.00', coupons: ['Summer10'],
      manual: [{ promotionId: 'pm', amount: '2.00' }],
      user: { id: 's1', roles: ['cashier'], permissions: ['refund', MANUAL_PERMISSION] },
      customer: { id: 'walk-in', points: 5 },
      lines: [{ id: 'l1', productId: 'p-1', quantity: 2, unitPrice: '9.00', customerPrice: '8.00', taxRate: 1300 }],
    },
  });

  it('round-trips to the same order when nothing is edited', () => {
    const built = orderFromDraft(draftFromBasket(basket, bundle), bundle);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(OrderSchema.parse(built.order)).toEqual(basket.order);
  });

  it('shows the time as wall clock in the bundle zone and keeps the basket customer selectable', () => {
    const d = draftFromBasket(basket, bundle);
    expect(d.at).toBe('2026-03-11T11:00');
    expect(d.customer).toBe(BASKET_CUSTOMER);
    expect(d.manualPermission).toBe(true);
  });

  it('withdrawing the permission keeps the other permissions', () => {
    const d = { ...draftFromBasket(basket, bundle), manualPermission: false };
    const built = orderFromDraft(d, bundle);
    expect(built.ok && built.order.user?.permissions).toEqual(['refund']);
  });

  it('a bundle customer replaces the basket customer; none removes it', () => {
    const d = draftFromBasket(basket, bundle);
    const withAda = orderFromDraft({ ...d, customer: 'c-1' }, bundle);
    expect(withAda.ok && withAda.order.customer?.id).toBe('c-1');
    const none = orderFromDraft({ ...d, customer: '' }, bundle);
    expect(none.ok && none.order.customer).toBeUndefined();
  });
});

describe('editing', () => {
  const start = emptyDraft(bundle, Date.UTC(2026, 2, 11, 15));

  it('an empty basket at the given instant is a valid order in the bundle zone', () => {
    const built = orderFromDraft(start, bundle);
    expect(built).toMatchObject({ ok: true, order: { at: '2026-03-11T11:00:00-04:00', lines: [] } });
  });

  it('adding a product takes its catalog price; adding it again raises the quantity', () => {
    const p1 = bundle.products[0]!;
    const once = addProduct(start, p1);
    expect(once.lines).toMatchObject([{ id: 'l1', productId: 'p-1', quantity: '1', unitPrice: '10.00' }]);
    const twice = addProduct(once, p1);
    expect(twice.lines).toMatchObject([{ id: 'l1', quantity: '2' }]);
    const other = addProduct(twice, bundle.products[1]!);
    expect(other.lines.map((l) => l.id)).toEqual(['l1', 'l2']);
  });

  it('a new line id never repeats one still in the basket', () => {
    let d = addProduct(addProduct(start, bundle.products[0]!), bundle.products[1]!); // l1, l2
    d = removeLine(d, d.lines[0]!.key); // l2 left
    d = addProduct(d, bundle.products[0]!);
    expect(d.lines.map((l) => l.id)).toEqual(['l2', 'l3']);
  });

  it('bad fields are reported by key and keep the basket as typed', () => {
    let d = addProduct(start, bundle.products[0]!);
    const key = d.lines[0]!.key;
    d = updateLine(d, key, { quantity: '0', customerPrice: '11' });
    d = { ...d, at: '' };
    const built = orderFromDraft(d, bundle);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(Object.keys(built.errors).sort()).toEqual(['at', `line:${key}:customerPrice`, `line:${key}:quantity`]);
    expect(d.lines[0]).toMatchObject({ quantity: '0', customerPrice: '11' });
  });

  it('an unknown customer id is a field problem, not a crash', () => {
    const built = orderFromDraft({ ...start, customer: 'c-404' }, bundle);
    expect(built).toEqual({ ok: false, errors: { customer: 'the bundle has no customer "c-404"' } });
  });

  it('properties, channel, order type and coupons go to the order as chosen', () => {
    const built = orderFromDraft({ ...start, properties: ['express'], channel: 'online', orderType: 'delivery', coupons: [' Summer10'] }, bundle);
    expect(built).toMatchObject({ ok: true, order: { properties: ['express'], channel: 'online', orderType: 'delivery', coupons: [' Summer10'] } });
  });
});
