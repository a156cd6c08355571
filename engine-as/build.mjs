// Compiles the AssemblyScript solver to WASM. Output is build product, never committed:
// engine-as/build/solver.wasm (Node entry, CLI, tests) and public/wasm/solver.wasm (the app).
import asc from 'assemblyscript/asc';
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'build', 'solver.wasm');
mkdirSync(dirname(out), { recursive: true });

const { error, stderr } = await asc.main([
  join(here, 'assembly', 'index.ts'),
  '--outFile', out,
  '--textFile', join(here, 'build', 'solver.wat'),
  '--optimizeLevel', '3',
  '--shrinkLevel', '0',
  '--runtime', 'stub',
  '--noAssert',
  '--exportRuntime',
  '--initialMemory', '16',
]);
if (error) {
  console.error(stderr.toString());
  console.error(`WASM build failed: ${error.message}`);
  process.exit(1);
}
const publicDir = join(here, '..', 'public', 'wasm');
mkdirSync(publicDir, { recursive: true });
copyFileSync(out, join(publicDir, 'solver.wasm'));
console.log(`engine-as: solver.wasm ${statSync(out).size} bytes`);
