import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { solverModule } from '../../src/wasm/node.ts';
import { instantiateSolver } from '../../src/wasm/solver-module.ts';
import { compileBundle, toSolveInput, type BundlePromotion } from '../../src/wire/index.ts';
import { FREE, buys, line, makeLevel, pct, usd } from '../support/solver-factories.ts';
import { asBundle } from '../support/basket-factories.ts';
import { canonical } from '../support/wasm-factories.ts';
import { ensureWasm } from './ensure-wasm.ts';

beforeAll(ensureWasm);

const input = makeLevel([...line(4, usd(10), 'A', 0), ...line(3, usd(6), 'B', 1)], [
  { id: 'free', tiers: [{ threshold: buys(2), reward: FREE }] },
  { id: 'pct', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(2000) }] },
]);

/** The same bundle with the first promotion's reward changed to `bp`. */
function withReward(promotions: readonly BundlePromotion[], bp: number): BundlePromotion[] {
  return promotions.map((p) => (p.id === 'free' ? { ...p, tiers: [{ threshold: buys(2), reward: pct(bp) }] } : p));
}

describe('compiled bundles are cached by revision and content, never used stale', () => {
  it('equal content gives an equal key; a changed rule under the same revision gives another key', () => {
    const { promotions } = asBundle(input);
    expect(compileBundle(promotions, 'r1').key).toBe(compileBundle(promotions.map((p) => ({ ...p })), 'r1').key);
    expect(compileBundle(withReward(promotions, 5000), 'r1').key).not.toBe(compileBundle(promotions, 'r1').key);
    expect(compileBundle(promotions, 'r2').key).not.toBe(compileBundle(promotions, 'r1').key);
  });

  it('a bundle is loaded once; a changed bundle replaces it and its answers are the new rule\'s', () => {
    const solver = instantiateSolver(solverModule());
    const { promotions, request } = asBundle(input);
    const v1 = compileBundle(promotions, 'r1');
    expect(canonical(solver.solveBaskets(v1, [request])[0]!)).toBe(canonical(solveLevel(input)));
    expect(solver.loadedBundle).toBe(v1.key);
    const changed = withReward(promotions, 5000);
    const v2 = compileBundle(changed, 'r1');
    const out = solver.solveBaskets(v2, [request])[0]!;
    expect(solver.loadedBundle).toBe(v2.key);
    expect(canonical(out)).toBe(canonical(solveLevel(toSolveInput(changed, request))));
    expect(canonical(out)).not.toBe(canonical(solveLevel(input)));
    // And back: the first bundle again, never the second's table.
    expect(canonical(solver.solveBaskets(v1, [request])[0]!)).toBe(canonical(solveLevel(input)));
  });

  it('the per-call path after a bundle (and a bundle after it) starts from its own table', () => {
    const solver = instantiateSolver(solverModule());
    const { promotions, request } = asBundle(input);
    solver.solveBaskets(compileBundle(withReward(promotions, 3000), 'x'), [request]);
    expect(canonical(solver.solveLevel(input))).toBe(canonical(solveLevel(input)));
    expect(solver.loadedBundle).toBeUndefined();
    expect(canonical(solver.solveBaskets(compileBundle(promotions, 'x'), [request])[0]!)).toBe(canonical(solveLevel(input)));
    expect(canonical(solver.solveLevel(input))).toBe(canonical(solveLevel(input)));
  });

  it('a basket naming a promotion outside the bundle is refused with its index, not solved', () => {
    const solver = instantiateSolver(solverModule());
    const { promotions, request } = asBundle(input);
    const bad = { ...request, promotions: [{ ...request.promotions[0]!, ref: 7 }] };
    expect(() => solver.solveBaskets(compileBundle(promotions, 'r'), [bad])).toThrow(/basket promotion 0: ref 7/);
  });
});
