import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureNodeBuild } from '../support/node-build.ts';

beforeAll(ensureNodeBuild, 300_000);

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe('dist-node needs no TypeScript at run time', () => {
  it('no built module imports tsx or typescript, or a .ts file; every command and node worker is there with its .d.ts', () => {
    const dist = join(ROOT, 'dist-node');
    const all = files(dist);
    const js = all.filter((f) => f.endsWith('.js'));
    const offenders = js.filter((f) => /(from|import\()\s*['"](tsx|typescript)[/'"]|(from|import\()\s*['"][^'"]+\.ts['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
    const rel = all.map((f) => f.slice(dist.length + 1));
    for (const c of readdirSync(join(ROOT, 'src', 'cli', 'commands')).filter((f) => f.endsWith('.ts'))) {
      expect(rel).toContain(`src/cli/commands/${c.replace(/\.ts$/, '.js')}`);
    }
    for (const w of readdirSync(join(ROOT, 'workers')).filter((f) => /^node-.*\.worker\.ts$/.test(f))) {
      expect(rel).toContain(`workers/${w.replace(/\.ts$/, '.js')}`);
    }
    expect(rel).toEqual(expect.arrayContaining(['src/node/index.js', 'src/node/index.d.ts', 'engine-as/build/solver.wasm']));
  });
});
