import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import { arbitraryLevel } from '../../support/solver-factories.ts';

describe('solutions respect prices, floors, caps and limits', () => {
  it('never saves more than the prices, never takes a unit below its floor or zero, keeps caps and limits', () => {
    fc.assert(
      fc.property(arbitraryLevel(8, 5), (input) => {
        const out = solveLevel(input);
        const seen = new Set<number>();
        let promotionSaving = 0n;
        const perPromotion = new Map<number, { saving: bigint; count: number }>();
        for (const a of out.applications) {
          const p = input.promotions[a.promotion]!;
          for (const u of a.used) {
            expect(input.available[u]).toBe(true);
            expect(seen.has(u)).toBe(false);
            seen.add(u);
            expect(p.qualifying.includes(u) || p.benefit.includes(u)).toBe(true);
          }
          expect(a.savings).toHaveLength(a.rewarded.length);
          let sum = 0n;
          a.rewarded.forEach((u, i) => {
            const unit = input.units[u]!;
            const room = unit.price > unit.floor ? unit.price - unit.floor : 0n;
            expect(a.used).toContain(u);
            expect(a.savings[i]! >= 0n).toBe(true);
            expect(a.savings[i]! <= room).toBe(true);
            sum += a.savings[i]!;
          });
          expect(a.saving).toBe(sum);
          expect(a.clipped >= 0n).toBe(true);
          if (p.maxDiscount !== undefined) expect(a.saving <= p.maxDiscount).toBe(true);
          const acc = perPromotion.get(a.promotion) ?? { saving: 0n, count: 0 };
          perPromotion.set(a.promotion, { saving: acc.saving + a.saving, count: acc.count + 1 });
          promotionSaving += a.saving;
        }
        for (const [k, acc] of perPromotion) {
          const p = input.promotions[k]!;
          expect(acc.count <= p.maxApplications).toBe(true);
          if (p.budget !== undefined) expect(acc.saving <= p.budget).toBe(true);
        }
        const gross = input.units.reduce((s, u, i) => (input.available[i] ? s + u.price : s), 0n);
        expect(promotionSaving <= gross).toBe(true);
        expect(out.total <= gross).toBe(true);
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
