import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index.ts';
import { LIMITS } from '../../../src/domain/limits.ts';
import type { PromotionInput } from '../../../src/domain/index.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { bundleOf, orderOf } from '../../support/engine-factories.ts';
import { readSampleBaskets, readSampleBundle } from '../../support/sample-files.ts';

/** `n` equal "buy 3, the cheapest free" deals at one priority, `concurrency` each. */
function equalDeals(n: number, concurrency: 'exclusive' | 'compound'): PromotionInput[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `d${i}`, name: `deal ${i}`, priority: 1, concurrency,
    rule: { kind: 'itemDeal', target: 'cheapestQualifying', selection: {}, tiers: [{ threshold: { kind: 'buys', quantity: 3 }, reward: { kind: 'free' } }] },
  }) as PromotionInput);
}

// The longest line validation accepts, under deals that tie at every split of it. Two equal
// exclusive deals made the WASM module trap from 50,000 units on (its plan pool outgrew its
// memory: docs/solver.md 11), and the evaluation failed.
describe(`a line of ${LIMITS.quantityPerLine.toLocaleString('en')} units, the most one line may hold`, () => {
  const q = LIMITS.quantityPerLine;
  const sets = Math.floor(q / 3);

  it('under two equal exclusive deals: the first takes every set, and the result is exact or bounded', () => {
    const r = evaluate(bundleOf(equalDeals(2, 'exclusive')), orderOf([{ price: '3.00', qty: q }]), undefined, { solveLevel: wasmSolveLevel });
    expect(r.totals.promotionSaving).toBe((sets * 3).toFixed(2));
    expect(r.promotions.map((o) => o.status)).toEqual(['applied', 'notApplied']);
    expect(r.optimal || Number(r.bound) >= Number(r.totals.promotionSaving)).toBe(true);
    expect(r.budget!.nodes.used).toBeLessThanOrEqual(r.budget!.nodes.limit);
  });

  it('under two equal compound deals: both apply, the second on what the first left', () => {
    const r = evaluate(bundleOf(equalDeals(2, 'compound')), orderOf([{ price: '3.00', qty: q }]), undefined, { solveLevel: wasmSolveLevel });
    expect(r.promotions.map((o) => o.status)).toEqual(['applied', 'applied']);
    expect(Number(r.totals.promotionSaving)).toBeGreaterThanOrEqual(sets * 3);
  });

  // Sample basket b11: "buy 2, the cheapest free" and "10 % off" compete for its four soda lines.
  // With one line at the limit the level lists 2,000,006 promotion–unit pairs: over the
  // 2,000,000 the limit once was, so the second deal was left out and the result was unproven,
  // its bound millions of dollars above.
  it.each([0, 3])('as line %i of sample basket b11, under its two competing deals: searched whole and proven', (line) => {
    const b11 = readSampleBaskets().find((b) => b.file.startsWith('b11'))!.basket;
    const order = { ...b11.order, lines: b11.order.lines.map((l, i) => (i === line ? { ...l, quantity: q } : l)) };
    const r = evaluate(readSampleBundle(), order, undefined, { solveLevel: wasmSolveLevel });
    expect(r.promotions.filter((o) => o.message.startsWith('Not searched'))).toEqual([]);
    expect(r.optimal).toBe(true);
    expect(r.promotions.filter((o) => o.promotionId.startsWith('soda-') && o.status === 'applied').length).toBe(2);
  });
});
