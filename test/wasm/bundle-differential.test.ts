import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { solverModule } from '../../src/wasm/node.ts';
import { instantiateSolver } from '../../src/wasm/solver-module.ts';
import { compileBundle, type BundlePromotion } from '../../src/wire/index.ts';
import { asBundle } from '../support/basket-factories.ts';
import { arbitraryWasmLevel, canonical } from '../support/wasm-factories.ts';
import { ensureWasm } from './ensure-wasm.ts';

beforeAll(ensureWasm);

// Unused promotions ranked around the level's own, so bundle ranks are not the request's.
const extra: BundlePromotion[] = [
  { id: 'A-first', priority: -5, combination: 'any', target: 'allQualifying', rewardCount: 1, tiers: [{ threshold: { kind: 'buys', quantity: 1 }, reward: { kind: 'percent', bp: 500 } }] },
  { id: 'P2', priority: 2, combination: 'same', target: 'cheapestQualifying', rewardCount: 1, tiers: [{ threshold: { kind: 'buys', quantity: 2 }, reward: { kind: 'percent', bp: 10000 } }] },
];

describe('the batch path (bundle compiled once, baskets as refs) answers as the reference', () => {
  it('1,000 random levels, solved in batches of up to 4 against one bundle each: identical SolveOutput', () => {
    const solver = instantiateSolver(solverModule());
    fc.assert(
      fc.property(fc.array(arbitraryWasmLevel(8, 5), { minLength: 1, maxLength: 4 }), (levels) => {
        // One bundle holding every level's promotions: each level names its own slice.
        const parts = levels.map((l) => asBundle(l));
        const promotions: BundlePromotion[] = [...extra];
        const requests = parts.map((p) => {
          const offset = promotions.length;
          promotions.push(...p.promotions);
          return { ...p.request, promotions: p.request.promotions.map((q) => ({ ...q, ref: q.ref + offset })) };
        });
        const out = solver.solveBaskets(compileBundle(promotions, 'test'), requests);
        expect(out.map(canonical)).toEqual(levels.map((l) => canonical(solveLevel(l))));
      }),
      { numRuns: 1000, seed: 33 },
    );
  });
});
