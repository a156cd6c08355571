// Compiles the AssemblyScript solver to WASM. Output is build product, never committed:
// engine-as/build/solver.wasm (Node entry, CLI, tests) and public/wasm/solver.wasm (the app).
//   node engine-as/build.mjs           release: -O3, no assertions, size guard
//   node engine-as/build.mjs --debug   debug: assertions and bounds kept, debug info, build/solver.debug.wasm
import asc from 'assemblyscript/asc';
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The module must stay small enough to load instantly in the app (docs/wasm.md). */
const MAX_BYTES = 100 * 1024;

const here = dirname(fileURLToPath(import.meta.url));
const debug = process.argv.includes('--debug');
const name = debug ? 'solver.debug' : 'solver';
const out = join(here, 'build', `${name}.wasm`);
mkdirSync(dirname(out), { recursive: true });

const common = [
  join(here, 'assembly', 'index.ts'),
  '--outFile', out,
  '--textFile', join(here, 'build', `${name}.wat`),
  '--runtime', 'stub',
  '--initialMemory', '16',
];
const target = debug
  ? ['--debug', '--optimizeLevel', '0', '--sourceMap']
  : ['--optimizeLevel', '3', '--shrinkLevel', '0', '--noAssert', '--converge'];

const { error, stderr } = await asc.main([...common, ...target]);
if (error) {
  console.error(stderr.toString());
  console.error(`WASM build failed: ${error.message}`);
  process.exit(1);
}
const size = statSync(out).size;
console.log(`engine-as: ${name}.wasm ${size} bytes`);
if (!debug) {
  if (size > MAX_BYTES) {
    console.error(`engine-as: solver.wasm is ${size} bytes, over the ${MAX_BYTES}-byte guard`);
    process.exit(1);
  }
  const publicDir = join(here, '..', 'public', 'wasm');
  mkdirSync(publicDir, { recursive: true });
  copyFileSync(out, join(publicDir, 'solver.wasm'));
}
