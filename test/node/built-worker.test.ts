import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { BUILT_LIBRARY, ROOT, ensureNodeBuild } from '../support/node-build.ts';
import { arbitraryWasmLevel, canonical } from '../support/wasm-factories.ts';

beforeAll(ensureNodeBuild, 300_000);

/** Bigints cross the process boundary as `{"$n":"…"}`. */
const toJson = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? { $n: String(x) } : x));

const CHILD = `
const { createNodeSolverPool, PoolSolverClient } = await import(process.env.LIBRARY);
const revive = (_k, x) => (x && typeof x === 'object' && typeof x.$n === 'string' ? BigInt(x.$n) : x);
const inputs = JSON.parse(process.env.LEVELS, revive);
const pool = createNodeSolverPool(2, 1000);
const r = await new PoolSolverClient(pool).solveLevels(inputs);
pool.dispose();
console.log(JSON.stringify(r, (_k, x) => (typeof x === 'bigint' ? x + 'n' : x)));
`;

/** The child's code as a plain .mjs file: no loader, no `--input-type` (worker threads inherit exec flags). */
function script(code: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'promo-child-')), 'child.mjs');
  writeFileSync(file, code);
  return file;
}

describe('the built worker_threads solver pool', () => {
  it('runs the compiled workers/node-solver.worker.js from plain Node and answers like the reference', async () => {
    const inputs = fc.sample(arbitraryWasmLevel(6, 4), { numRuns: 40, seed: 11 });
    const { stdout } = await promisify(execFile)(process.execPath, [script(CHILD)], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: '', LIBRARY: pathToFileURL(BUILT_LIBRARY).href, LEVELS: toJson(inputs) },
    });
    const r = JSON.parse(stdout) as { ok: boolean; value: unknown[] };
    expect(r.ok).toBe(true);
    expect(r.value.map((o) => JSON.stringify(o))).toEqual(inputs.map((i) => canonical(solveLevel(i))));
  });
});
