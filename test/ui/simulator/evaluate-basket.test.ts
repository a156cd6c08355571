import { describe, expect, it } from 'vitest';
import { evaluateBasket } from '../../../src/ui/simulator/evaluate-basket.ts';
import { readSampleBasketJson, readSampleBundleJson } from '../../support/sample-files.ts';

const bundle = readSampleBundleJson();
const b16 = readSampleBasketJson('b16-summer10.json') as { order: Record<string, unknown> };

describe('evaluateBasket (the worker API)', () => {
  it('evaluates a sample basket: Summer10 takes 10 % off 8.90 + 12.50 + 14.60 = 3.60', () => {
    const r = evaluateBasket(bundle, b16.order);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.totals.promotionSaving).toBe('3.60');
    expect(r.value.promotions.find((p) => p.promotionId === 'summer10')?.status).toBe('applied');
    expect(r.explanation.split('\n')[0]).toBe('Order o-b16-summer10 (USD)');
  });

  it('returns only plain JSON (survives a JSON round trip unchanged: no bigint, no Decimal)', () => {
    const r = evaluateBasket(bundle, b16.order);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('a lower-case code is unknown: codes are case-sensitive', () => {
    const r = evaluateBasket(bundle, { ...b16.order, coupons: ['summer10'] });
    expect(r.ok && r.value.coupons).toEqual([expect.objectContaining({ code: 'summer10', status: 'unknown' })]);
  });

  it.each([
    ['a bad quantity', bundle, { ...b16.order, lines: [{ id: 'l1', productId: 'p-005', quantity: 0, unitPrice: '8.90' }] }, undefined, '$.order.lines[0].quantity'],
    ['a bundle that is not one', { format: 'nope' }, b16.order, undefined, '$.bundle.format'],
    ['a bad ledger', bundle, b16.order, { promotionUses: { x: -1 } }, '$.state.promotionUses.x'],
    ['no order at all', bundle, undefined, undefined, '$.order'],
  ])('%s comes back as problems with JSON paths, never an exception', (_what, b, order, state, path) => {
    const r = evaluateBasket(b, order, state);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toContain(path);
  });

  it('reuses the bundle parsed under the same key', () => {
    expect(evaluateBasket(bundle, b16.order, undefined, { bundleKey: 'rev-1' }).ok).toBe(true);
    // Same key: the garbage input is not even looked at, the cached bundle answers.
    expect(evaluateBasket({ garbage: true }, b16.order, undefined, { bundleKey: 'rev-1' }).ok).toBe(true);
    expect(evaluateBasket({ garbage: true }, b16.order, undefined, { bundleKey: 'rev-2' }).ok).toBe(false);
  });

  it('keeps two bundles parsed (saved and edited, for what-if) and forgets the least recently used', () => {
    const garbage = { garbage: true };
    expect(evaluateBasket(bundle, b16.order, undefined, { bundleKey: 'lru-a' }).ok).toBe(true);
    expect(evaluateBasket(bundle, b16.order, undefined, { bundleKey: 'lru-b' }).ok).toBe(true);
    // Both answer from the cache, alternating; 'lru-a' is now the most recently used.
    expect(evaluateBasket(garbage, b16.order, undefined, { bundleKey: 'lru-b' }).ok).toBe(true);
    expect(evaluateBasket(garbage, b16.order, undefined, { bundleKey: 'lru-a' }).ok).toBe(true);
    expect(evaluateBasket(bundle, b16.order, undefined, { bundleKey: 'lru-c' }).ok).toBe(true);
    expect(evaluateBasket(garbage, b16.order, undefined, { bundleKey: 'lru-a' }).ok).toBe(true);
    expect(evaluateBasket(garbage, b16.order, undefined, { bundleKey: 'lru-b' }).ok).toBe(false);
  });
});
