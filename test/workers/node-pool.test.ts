import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { createNodeSolverPool } from '../../src/node/solver-pool.ts';
import { PoolSolverClient } from '../../src/workers-client/batch-client.ts';
import { arbitraryWasmLevel, canonical } from '../support/wasm-factories.ts';
import { compileBundle, type BasketRequest, type BundlePromotion } from '../../src/wire/index.ts';
import { asBundle } from '../support/basket-factories.ts';
import { ensureWasm } from '../wasm/ensure-wasm.ts';

beforeAll(ensureWasm);

const pool = createNodeSolverPool(2, 5_000);
afterAll(() => pool.dispose());

describe('Node worker_threads pool with the WASM solver', () => {
  it('300 random levels split over 2 workers come back in order, equal to the reference, with progress', async () => {
    const inputs = fc.sample(arbitraryWasmLevel(8, 5), { numRuns: 300, seed: 5 });
    const seen: number[] = [];
    const r = await new PoolSolverClient(pool).solveLevels(inputs, { onProgress: (done) => seen.push(done) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map(canonical)).toEqual(inputs.map((i) => canonical(solveLevel(i))));
    expect(seen.at(-1)).toBe(300);
  });

  it('300 random baskets against one compiled bundle (batch path) over 2 workers: in order, equal to the reference', async () => {
    const inputs = fc.sample(arbitraryWasmLevel(8, 5), { numRuns: 300, seed: 6 });
    const promotions: BundlePromotion[] = [];
    const requests: BasketRequest[] = inputs.map((input) => {
      const b = asBundle(input);
      const offset = promotions.length;
      promotions.push(...b.promotions);
      return { ...b.request, promotions: b.request.promotions.map((p) => ({ ...p, ref: p.ref + offset })) };
    });
    const r = await new PoolSolverClient(pool).solveBaskets(compileBundle(promotions, 'pool-test'), requests, { chunk: 40 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map(canonical)).toEqual(inputs.map((i) => canonical(solveLevel(i))));
  });
});
