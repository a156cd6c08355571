import { describe, expect, it } from 'vitest';
import type { PromotionOutcome } from '../../../src/domain/result.ts';
import { prepareWorkspace } from '../../../src/storage/workspace-store.ts';
import { checkExpectation } from '../../../src/ui/simulator/expectation-check.ts';
import { basketIdFromName, expectationFromResult, newBasketDraft, updatedBasketDraft } from '../../../src/ui/simulator/save-basket.ts';
import { result } from '../../support/simulator-factories.ts';
import { AT, makeWorkspace, storedBasket } from '../../support/workspace-factories.ts';

const outcomes: PromotionOutcome[] = [
  { promotionId: 'p1', status: 'applied', saving: '2.00', applications: 1, message: '' },
  { promotionId: 'p2', status: 'notApplied', reason: 'thresholdNotMet', message: '' },
  { promotionId: 'p3', status: 'applied', saving: '1.00', applications: 1, message: '' },
];
const evaluated = result(outcomes, { totals: { gross: '30.00', customerPriceSaving: '0.00', promotionSaving: '3.00', net: '27.00', shipping: '0.00', shippingDiscount: '0.00', toPay: '27.00' } });
const order = { id: 'o-a', at: AT, lines: [{ id: 'l1', productId: 'p-1', quantity: 3, unitPrice: '10.00' }] };

describe('basketIdFromName', () => {
  it.each([
    ['Snacks: 4 bags', [], 'snacks-4-bags'],
    ['Snacks: 4 bags', ['snacks-4-bags'], 'snacks-4-bags-2'],
    ['Snacks: 4 bags', ['snacks-4-bags', 'snacks-4-bags-2'], 'snacks-4-bags-3'],
    ['Crème brûlée × 2', [], 'creme-brulee-2'],
    ['!!!', [], 'basket'],
    ['日本語', ['basket'], 'basket-2'],
  ])('%s (taken %j) → %s', (name, taken, id) => {
    expect(basketIdFromName(name, taken)).toBe(id);
  });
});

describe('expectationFromResult', () => {
  it('states the saving, the net and the applied promotions, and the same result then matches it check by check', () => {
    const expected = expectationFromResult(evaluated);
    expect(expected).toEqual({ promotionSaving: '3.00', net: '27.00', applied: ['p1', 'p3'] });
    expect(checkExpectation(expected, evaluated).map((c) => [c.key, c.ok])).toEqual([['promotionSaving', true], ['net', true], ['applied', true]]);
  });
});

describe('newBasketDraft', () => {
  it('appends the basket with its result as expectation; the draft passes the workspace validator', async () => {
    const ws = await makeWorkspace([storedBasket('a'), storedBasket('b')]);
    const r = newBasketDraft(ws, { name: '  Three cheddars ', description: 'from the simulator' }, { order, state: { couponUses: { X: 1 } }, result: evaluated });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.id).toBe('three-cheddars');
    const prepared = await prepareWorkspace(r.value.draft);
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
    expect(prepared.value.baskets.map((b) => b.id)).toEqual(['a', 'b', 'three-cheddars']);
    const saved = prepared.value.baskets[2]!;
    expect(saved).toMatchObject({ name: 'Three cheddars', description: 'from the simulator', expected: { promotionSaving: '3.00', net: '27.00', applied: ['p1', 'p3'] } });
    expect(saved.order.id).toBe('o-three-cheddars');
    expect(saved.order.lines[0]?.quantity).toBe(3);
    expect(saved.state?.couponUses).toEqual({ X: 1 });
    // The bundle is passed on as stored: the revision does not move.
    expect(prepared.value.snapshot.workspace.revision).toBe(ws.snapshot.workspace.revision);
  });

  it.each([
    ['', 'basket-name-missing'],
    ['   ', 'basket-name-missing'],
    ['Basket a', 'basket-name-taken'],
  ])('refuses the name %j (%s) without building a draft', async (name, code) => {
    const ws = await makeWorkspace([storedBasket('a')]);
    const r = newBasketDraft(ws, { name, description: '' }, { order, result: evaluated });
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.path])).toEqual([[code, '$.name']]);
  });
});

describe('updatedBasketDraft', () => {
  it('overwrites the order and expectation of one basket and keeps the rest of it and the others', async () => {
    const ws = await makeWorkspace([storedBasket('a', { description: 'kept', state: { couponUses: { Y: 2 } }, expected: { promotionSaving: '0.00' } }), storedBasket('b')]);
    const r = updatedBasketDraft(ws, 'a', { order, result: evaluated });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const prepared = await prepareWorkspace(r.value);
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
    const [a, b] = prepared.value.baskets;
    expect(a).toMatchObject({ id: 'a', name: 'Basket a', description: 'kept', state: { couponUses: { Y: 2 } }, expected: { promotionSaving: '3.00', net: '27.00', applied: ['p1', 'p3'] } });
    expect(a?.order.lines[0]?.quantity).toBe(3);
    expect(b).toEqual(ws.baskets[1]);
  });

  it('says so when the basket is gone', async () => {
    const ws = await makeWorkspace([storedBasket('a')]);
    const r = updatedBasketDraft(ws, 'zz', { order, result: evaluated });
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['basket-not-found']);
  });
});
