import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILT_BIN, ROOT, ensureNodeBuild } from '../support/node-build.ts';

beforeAll(ensureNodeBuild, 300_000);

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function promo(args: readonly string[], cwd = ROOT): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BUILT_BIN, ...args], { cwd, env: { ...process.env, NODE_OPTIONS: '' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

const broken = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'promo-built-'));
  writeFileSync(join(dir, 'broken.json'), '{"format":"promo-workbench.bundle","formatVersion":1}');
  return dir;
};

describe('bin/promo.mjs runs the built CLI (dist-node) with the documented exit codes', () => {
  it.each([
    { what: 'a valid bundle → 0', args: ['validate', 'public/samples/sample-bundle.json'], code: 0, out: /^ok: Sample workspace/ },
    { what: 'an unknown command → 2 (usage)', args: ['frobnicate'], code: 2, err: /unknown command 'frobnicate'/ },
    { what: 'a missing flag → 2 (usage)', args: ['evaluate', '--bundle', 'public/samples/sample-bundle.json'], code: 2, err: /--bundle and --order are required/ },
    { what: 'evaluate with solver.wasm → 0', args: ['evaluate', '--bundle', 'public/samples/sample-bundle.json', '--order', 'public/samples/baskets/b02-bakery-bogo.json'], code: 0, out: /"solver": "wasm"/ },
  ])('$what', async ({ args, code, out, err }) => {
    const r = await promo(args);
    expect(r.code).toBe(code);
    if (out) expect(r.stdout).toMatch(out);
    if (err) expect(r.stderr).toMatch(err);
  });

  it('a bundle with problems → 1, one line per problem with its path', async () => {
    const r = await promo(['validate', 'broken.json'], broken());
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\$\.currency schema-missing-field required field "currency" is missing$/m);
  });
});
