import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankOrder } from '../../src/engine/solver/index.ts';
import { DealTable, SectionWriter, encodeLevel, POLICY, touchesUnits } from '../../src/wire/index.ts';
import { arbitraryWasmLevel } from '../support/wasm-factories.ts';
import { decodeLevelSections } from './reference-decoder.ts';

describe('encodeLevel round-trips through the reference decoder', () => {
  it('units, availability, promotions, budgets, rank order and product order survive (500 random levels, batched by 3)', () => {
    fc.assert(
      fc.property(fc.array(arbitraryWasmLevel(8, 5), { minLength: 1, maxLength: 3 }), (levels) => {
        const w = new SectionWriter();
        const deals = new DealTable();
        for (const l of levels) encodeLevel(w, deals, l);
        const { i32, i64 } = w.sections();
        const at = { i32: 0, i64: 0 };
        for (const input of levels) {
          const d = decodeLevelSections(i32, i64, at);
          expect(d.policy).toBe(POLICY[input.policy]);
          expect(d.searchBudget).toBe(BigInt(input.searchBudget));
          // Only promotions touching an available unit cross, in input order, named by position;
          // the rank order is the reference's restricted to them.
          const sent = input.promotions.flatMap((p, k) => (touchesUnits(p, input.available) ? [k] : []));
          expect(d.promotions.map((p) => p.position)).toEqual(sent);
          expect(d.rank.map((r) => sent[r])).toEqual(rankOrder(input).filter((k) => sent.includes(k)));
          d.units.forEach((u, k) => {
            const x = input.units[k]!;
            expect([u.line, u.unit, u.price, u.customerPrice, u.floor, u.available]).toEqual([x.line, x.unit, x.price, x.customerPrice, x.floor, input.available[k] === true]);
          });
          // Product ranks keep string order and equality.
          for (let a = 0; a < d.units.length; a++) {
            for (let b = 0; b < d.units.length; b++) {
              const ida = input.units[a]!.productId;
              const idb = input.units[b]!.productId;
              expect(Math.sign(d.units[a]!.product - d.units[b]!.product)).toBe(ida === idb ? 0 : ida < idb ? -1 : 1);
            }
          }
          d.promotions.forEach((p) => {
            const x = input.promotions[p.position]!;
            expect([p.qualifying, p.benefit, p.maxApplications, p.budget]).toEqual([x.qualifying, x.benefit, x.maxApplications, x.budget]);
          });
        }
        expect(at).toEqual({ i32: i32.length, i64: i64.length });
      }),
      { numRuns: 500, seed: 21 },
    );
  });

  it('structurally equal deals share one table entry; a different one gets the next index', () => {
    const deals = new DealTable();
    const deal = { combination: 'any', target: 'cheapestQualifying', rewardCount: 1, tiers: [{ threshold: { kind: 'buys', quantity: 2 }, reward: { kind: 'percent', bp: 10000 } }] } as const;
    expect(deals.index(deal)).toBe(0);
    expect(deals.index({ ...deal, tiers: [...deal.tiers] })).toBe(0);
    expect(deals.index({ ...deal, maxDiscount: 100n })).toBe(1);
    expect(deals.takePending()?.i32[0]).toBe(2);
    expect(deals.takePending()).toBeUndefined();
  });
});
