import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import type { SolveInput } from '../../src/engine/solver/types.ts';
import { instantiateSolver } from '../../src/wasm/solver-module.ts';
import { solverModule } from '../../src/wasm/node.ts';
import { FREE, buys, line, makeLevel, pct, usd } from '../support/solver-factories.ts';
import { canonical } from '../support/wasm-factories.ts';
import { ensureWasm } from './ensure-wasm.ts';

beforeAll(ensureWasm);

const level = (): SolveInput => makeLevel([...line(4, usd(10), 'A', 0), ...line(3, usd(6), 'B', 1)], [
  { id: 'free', tiers: [{ threshold: buys(2), reward: FREE }] },
  { id: 'pct', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(2000) }] },
]);

describe('the WASM solver encodes deals once across calls (compile once, solve many)', () => {
  it('a second call with the same deals encodes no deal again, and answers as the reference', () => {
    const solver = instantiateSolver(solverModule());
    const input = level();
    expect(canonical(solver.solveLevel(input))).toBe(canonical(solveLevel(input)));
    expect(solver.deals.encodedDeals).toBe(2);
    const later = { ...input, available: input.available.map((_, u) => u !== 0) };
    expect(canonical(solver.solveLevel(later))).toBe(canonical(solveLevel(later)));
    // Equal content compiled again (fresh objects, as the pipeline does per basket): still cached.
    const again = level();
    expect(canonical(solver.solveLevel(again))).toBe(canonical(solveLevel(again)));
    expect(solver.deals.encodedDeals).toBe(2);
  });

  it('a different deal at the same position is not confused with the cached one', () => {
    const solver = instantiateSolver(solverModule());
    const input = level();
    solver.solveLevel(input);
    const first = input.promotions[0]!;
    // Same tiers array (identity path), a cap added; and a new tiers array with another reward.
    const capped: SolveInput = { ...input, promotions: [{ ...first, maxDiscount: usd(3) }, input.promotions[1]!] };
    const half: SolveInput = { ...input, promotions: [{ ...first, tiers: [{ threshold: buys(2), reward: pct(5000) }] }, input.promotions[1]!] };
    for (const changed of [capped, half]) {
      const out = solver.solveLevel(changed);
      expect(canonical(out)).toBe(canonical(solveLevel(changed)));
    }
    expect(canonical(solver.solveLevel(capped))).not.toBe(canonical(solver.solveLevel(input)));
    expect(solver.deals.encodedDeals).toBe(4);
  });

  it('the loaded table stays bounded: past maxDeals it starts again and answers stay right', () => {
    const solver = instantiateSolver(solverModule(), { maxDeals: 3 });
    for (let k = 1; k <= 12; k++) {
      const input = makeLevel(line(5, usd(10)), [
        { id: 'a', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(100 * k) }] },
        { id: 'b', tiers: [{ threshold: buys(2), reward: FREE }] },
      ]);
      expect(canonical(solver.solveLevel(input))).toBe(canonical(solveLevel(input)));
      expect(solver.deals.size).toBeLessThanOrEqual(4);
    }
    // The shared deal 'b' was re-encoded after each reset, so more than 12 + 1 encodings.
    expect(solver.deals.encodedDeals).toBeGreaterThan(13);
  });
});
