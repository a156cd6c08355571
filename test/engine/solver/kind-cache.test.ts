import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arbitraryLevel } from '../../support/solver-factories.ts';
import { componentSearches } from '../../support/lagrange-factories.ts';
import type { AppType } from '../../../src/engine/solver/order.ts';

// A component keeps the kinds it generated (docs/solver.md, Algorithm 3): asked again for the same
// promotion and the same counts of its groups, it hands out the same kinds without pricing or
// counting them again, whatever the other groups hold.
const data = (kinds: readonly AppType[]): unknown[] => kinds.map((t) => [t.tier, t.counts.join(','), t.saving, t.forfeit, t.units]);

describe('kind cache', () => {
  it('the same promotion and counts of its groups give the same kinds, counted once', () => {
    fc.assert(
      fc.property(arbitraryLevel(8, 5), fc.array(fc.nat(3), { minLength: 8, maxLength: 8 }), fc.nat(7), (input, cuts, pick) => {
        const searches = componentSearches(input);
        if (searches.length === 0) return;
        const s = searches[pick % searches.length]!;
        const k = pick % s.promos.length;
        const full = s.fullCounts();
        const rem = full.map((c, g) => Math.max(0, c - cuts[g % cuts.length]!));
        const first = s.generate(k, rem);
        const nodes = s.nodes;
        // Other groups changed: same kinds, no node counted.
        const own = new Set([...s.qual[k]!, ...s.ben[k]!]);
        const other = rem.map((c, g) => (own.has(g) ? c : 0));
        expect(data(s.generate(k, other))).toEqual(data(first));
        expect(s.nodes).toBe(nodes);
        // What a fresh search generates afresh.
        const fresh = componentSearches(input)[pick % searches.length]!;
        expect(data(fresh.generate(k, rem))).toEqual(data(first));
      }),
      { numRuns: 400, seed: 20261202 },
    );
  });
});
