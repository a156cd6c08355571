import { describe, expect, it } from 'vitest';
import { BundleSchema, OrderSchema } from '../../src/domain/index.ts';
import { evaluate } from '../../src/engine/index.ts';

/**
 * A level that may take either of two equally priced units of different products must take the
 * same one whatever the basket order, or a later level sees different units left (found by the
 * line-order property test, seed -396574717).
 */
const bundle = BundleSchema.parse({
  format: 'promo-workbench.bundle', formatVersion: 1, name: 't', currency: 'USD', timeZone: 'UTC',
  promotions: [
    { id: 'later', name: 'A free (level 2)', priority: 2, rule: {
      kind: 'itemDeal', selection: { qualifying: { kind: 'products', ids: ['A'] } }, target: 'cheapestQualifying',
      tiers: [{ threshold: { kind: 'buys', quantity: 1 }, reward: { kind: 'free' } }] } },
    { id: 'first', name: '1 cent off from $1 (level 1)', priority: 1, rule: {
      kind: 'itemDeal', selection: {}, target: 'cheapestQualifying',
      tiers: [{ threshold: { kind: 'spendsAtLeast', amount: '1.00' }, reward: { kind: 'amountOff', amount: '0.01' } }] } },
  ],
});
const lineA = { id: 'la', productId: 'A', quantity: 1, unitPrice: '1.00' };
const lineC = { id: 'lc', productId: 'C', quantity: 1, unitPrice: '1.00' };

describe('ties between different products do not follow basket order', () => {
  const results = [[lineA, lineC], [lineC, lineA]].map((lines) => evaluate(bundle, OrderSchema.parse({ id: 'o', at: '2026-05-04T12:00:00Z', lines })));
  it.each([0, 1])('order %i: level 1 takes product A (content order), so level 2 finds no A', (k) => {
    const r = results[k]!;
    expect(r.totals.promotionSaving).toBe('0.01');
    expect(r.applications.map((a) => [a.promotionId, a.unitsUsed.map((u) => u.lineId)])).toEqual([['first', ['la']]]);
    expect(r.promotions.find((p) => p.promotionId === 'later')).toMatchObject({ status: 'notApplied', reason: 'usedByHigherPriority' });
  });
});
