import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../src/bundle/import.ts';
import { OrderSchema, emptyState } from '../../src/domain/index.ts';
import { commit, evaluate } from '../../src/engine/index.ts';
import { BUILT_LIBRARY, ROOT, ensureNodeBuild } from '../support/node-build.ts';

beforeAll(ensureNodeBuild, 300_000);

const BUNDLE = join(ROOT, 'public', 'samples', 'sample-bundle.json');
const BASKETS = ['b01-snack-b2g1.json', 'b02-bakery-bogo.json', 'b16-summer10.json', 'b35-big-friday-basket.json'].map((f) => join(ROOT, 'public', 'samples', 'baskets', f));

/** What a production service does with the built library, in a plain `node` child (no loader, no tsx). */
const SERVICE = `
import { readFileSync } from 'node:fs';
const { loadBundle, emptyState } = await import(process.env.LIBRARY);
const loaded = await loadBundle(readFileSync(process.env.BUNDLE, 'utf8'));
if (!loaded.ok) { console.log(JSON.stringify(loaded)); process.exit(1); }
const engine = loaded.value;
let state = emptyState();
const results = [];
for (const file of JSON.parse(process.env.BASKETS)) {
  const order = JSON.parse(readFileSync(file, 'utf8')).order;
  const r = engine.evaluate(JSON.stringify(order), state);
  if (!r.ok) { console.log(JSON.stringify(r)); process.exit(1); }
  results.push(r.value);
  state = engine.commit(state, order, r.value);
}
console.log(JSON.stringify({ solver: engine.solver, execArgv: process.execArgv, results, state }));
`;

/** The child's code as a plain .mjs file: no loader, no `--input-type` (worker threads inherit exec flags). */
function script(code: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'promo-child-')), 'child.mjs');
  writeFileSync(file, code);
  return file;
}

describe('the built library (dist-node) from plain Node', () => {
  it('loads the sample bundle once, evaluates orders with solver.wasm and commits each, equal to the TypeScript sources', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [script(SERVICE)], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: '', LIBRARY: pathToFileURL(BUILT_LIBRARY).href, BUNDLE, BASKETS: JSON.stringify(BASKETS) },
    });
    const out = JSON.parse(stdout) as { solver: string; execArgv: string[]; results: unknown[]; state: unknown };
    expect(out.solver).toBe('wasm');
    expect(out.execArgv).toEqual([]);

    const bundle = await importBundle(readFileSync(BUNDLE, 'utf8'));
    if (!bundle.ok) throw new Error('the sample bundle does not import');
    let state = emptyState();
    const expected: unknown[] = [];
    for (const file of BASKETS) {
      const order = OrderSchema.parse((JSON.parse(readFileSync(file, 'utf8')) as { order: unknown }).order);
      const result = evaluate(bundle.value, order, state);
      expected.push(result);
      state = commit(state, order, result, bundle.value);
    }
    expect(JSON.parse(JSON.stringify(out.results))).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(out.state).toEqual(JSON.parse(JSON.stringify(state)));
  });
});
