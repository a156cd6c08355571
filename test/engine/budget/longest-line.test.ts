import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index.ts';
import { LIMITS } from '../../../src/domain/limits.ts';
import type { PromotionInput } from '../../../src/domain/index.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { bundleOf, orderOf } from '../../support/engine-factories.ts';

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
});
