/**
 * One promotion alone under multipliers λ (lagrange-alone.ts) is exact where it enumerates kinds:
 * ẑ(λ) equals the brute-force best of that promotion alone when every unit of group g costs λ_g.
 * The cost is put into the level itself — the customer price of g's units lowered by λ_g, so using
 * a unit forfeits λ_g more — which the brute force (brute-force.ts) then prices as any level.
 * Levels are made exact cases first: no budget (ẑ caps at the budget: a bound, not the maximum),
 * allBenefit for cheapestBenefit (the alone problem drops the cheapest-available rule) and
 * "buys at least 2" for spend thresholds (they read customer prices, which the λ costs change).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SolveInput } from '../../../src/engine/solver/types.ts';
import { runs } from '../../support/fc-runs.ts';
import { arbitraryLevel } from '../../support/solver-factories.ts';
import { baseline, componentSearches } from '../../support/lagrange-factories.ts';
import { bruteForceBest } from './brute-force.ts';

const LAMBDAS = [0n, 0n, 1n, 37n, 120n, 260n];

const exactCase = (x: SolveInput): SolveInput => ({
  ...x,
  promotions: x.promotions.map(({ budget: _budget, ...p }) => ({
    ...p,
    target: p.target === 'cheapestBenefit' ? 'allBenefit' : p.target,
    tiers: p.tiers.map((t) => (t.threshold.kind === 'spendsAtLeast' ? { ...t, threshold: { kind: 'buysAtLeast' as const, quantity: 2 } } : t)),
  })),
});

describe('a promotion alone under λ', () => {
  it('equals the brute force with each unit costing its group\'s λ (tiny single-promotion levels)', () => {
    const levels = fc.sample(fc.tuple(arbitraryLevel(8, 1), fc.array(fc.nat(LAMBDAS.length - 1), { minLength: 12, maxLength: 12 })), runs(400))
      .map(([x, picks]) => [exactCase(x), picks] as const);
    let positive = 0;
    for (const [level, picks] of levels) {
      const searches = componentSearches(level);
      if (searches.length === 0) continue;
      const s = searches[0]!;
      // λ_g ≤ the customer price of g's units, so the lowered customer price stays ≥ 0.
      const lam = s.members.map((m, g) => {
        const cp = level.units[m[0]!]!.customerPrice;
        const l = LAMBDAS[picks[g % picks.length]!]!;
        return l < cp ? l : cp;
      });
      const units = level.units.map((u) => ({ ...u }));
      s.members.forEach((m, g) => { for (const i of m) units[i] = { ...units[i]!, customerPrice: units[i]!.customerPrice - lam[g]! }; });
      const priced: SolveInput = { ...level, units };
      const z = s.aloneBound(0, lam);
      expect(z, JSON.stringify({ level, lam }, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))).toBe(bruteForceBest(priced) - baseline(priced));
      if (z > 0n) positive++;
    }
    expect(positive).toBeGreaterThan(100);
  });
});
