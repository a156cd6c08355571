// Used by `npm run promo`: rebuilds dist-node/ when it is missing or older than any source it is
// compiled from, so a user never runs a stale CLI. Messages go to stderr; stdout stays the command's.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const stamp = join(root, 'dist-node', 'BUILT');

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newest(join(path, f))), s.mtimeMs);
}

export function nodeBuildIsStale() {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  const inputs = ['src', 'workers', 'engine-as/assembly', 'tsconfig.json', 'tsconfig.node.json'].map((p) => join(root, p));
  return inputs.some((p) => existsSync(p) && newest(p) > built);
}

if (process.argv[1] === fileURLToPath(import.meta.url) && nodeBuildIsStale()) {
  process.stderr.write('promo: building the CLI into dist-node/ …\n');
  if (existsSync(join(root, 'engine-as', 'build', 'solver.wasm'))) {
    const wasmAge = statSync(join(root, 'engine-as', 'build', 'solver.wasm')).mtimeMs;
    if (newest(join(root, 'engine-as', 'assembly')) > wasmAge) execFileSync(process.execPath, [join(root, 'engine-as', 'build.mjs')], { stdio: ['ignore', 2, 2] });
  }
  execFileSync(process.execPath, [join(root, 'scripts', 'build-node.mjs')], { stdio: ['ignore', 2, 2] });
}
