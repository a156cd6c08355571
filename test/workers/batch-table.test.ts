import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { solverModule } from '../../src/wasm/node.ts';
import { instantiateSolver } from '../../src/wasm/solver-module.ts';
import { BundleEncoder, SectionWriter, compileBundle, decodeOutput, toSolveInput, type BundlePromotion, type CompiledBundle } from '../../src/wire/index.ts';
import { makeBatchSolver, type SolveBatchRequest } from '../../workers/batch.ts';
import { FREE, buys, line, makeLevel, pct, usd } from '../support/solver-factories.ts';
import { asBundle } from '../support/basket-factories.ts';
import { canonical } from '../support/wasm-factories.ts';
import { ensureWasm } from '../wasm/ensure-wasm.ts';

beforeAll(ensureWasm);

const input = makeLevel([...line(3, usd(10), 'A', 0), ...line(2, usd(4), 'B', 1)], [
  { id: 'two-free', tiers: [{ threshold: buys(2), reward: FREE }] },
  { id: 'tenth', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(1000) }] },
]);
const { promotions, request } = asBundle(input);

function batch(bundle: CompiledBundle): SolveBatchRequest {
  const w = new SectionWriter();
  new BundleEncoder(bundle).encode(w, request);
  const s = w.sections();
  return {
    table: { kind: 'bundle', key: bundle.key, i32: bundle.sections.i32.slice().buffer, i64: bundle.sections.i64.slice().buffer },
    levels: { i32: s.i32.slice().buffer, i64: s.i64.slice().buffer },
    count: 1,
  };
}

async function solveIn(worker: ReturnType<typeof makeBatchSolver>, bundle: CompiledBundle): Promise<string> {
  const r = await worker.solveBatch(batch(bundle));
  if (!r.ok) throw new Error(r.problems[0]!.message);
  return canonical(decodeOutput(new Int32Array(r.value.i32), new BigInt64Array(r.value.i64), { i32: 0, i64: 0 }));
}

describe('a solver worker loads a table once per key and never answers from a stale one', () => {
  it('same key: loaded once; a changed bundle (same revision): reloaded, answers follow the new rules', async () => {
    const solver = instantiateSolver(solverModule());
    const worker = makeBatchSolver(solver);
    const v1 = compileBundle(promotions, 'rev');
    expect(await solveIn(worker, v1)).toBe(canonical(solveLevel(input)));
    expect(await solveIn(worker, v1)).toBe(canonical(solveLevel(input)));
    expect(solver.loadedBundle).toBe(`bundle:${v1.key}`);
    const changed: BundlePromotion[] = promotions.map((p) => (p.id === 'tenth' ? { ...p, tiers: [{ threshold: buys(1), reward: pct(4000) }] } : p));
    const v2 = compileBundle(changed, 'rev');
    expect(v2.key).not.toBe(v1.key);
    expect(await solveIn(worker, v2)).toBe(canonical(solveLevel(toSolveInput(changed, request))));
    expect(await solveIn(worker, v2)).not.toBe(canonical(solveLevel(input)));
    expect(solver.loadedBundle).toBe(`bundle:${v2.key}`);
    expect(await solveIn(worker, v1)).toBe(canonical(solveLevel(input)));
  });

  it('a malformed table is refused as a problem, and the next good batch loads its own table', async () => {
    const worker = makeBatchSolver(instantiateSolver(solverModule()));
    const good = compileBundle(promotions, 'rev');
    const broken = batch(good);
    const r = await worker.solveBatch({ ...broken, table: { ...broken.table, key: 'broken', i32: new Int32Array([7, 7, 7]).buffer } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.code).toBe('wasm-solve-failed');
    expect(await solveIn(worker, good)).toBe(canonical(solveLevel(input)));
  });
});
