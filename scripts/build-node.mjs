// `npm run build:node`: compiles the CLI, the library entry (src/node/index.ts) and every
// workers/node-*.ts to plain JavaScript with .d.ts in dist-node/ (tsconfig.node.json), then puts
// solver.wasm where the compiled src/wasm/node.js looks for it. The folder is emptied first, so a
// removed source leaves no stale module behind.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'dist-node');
const wasm = join(root, 'engine-as', 'build', 'solver.wasm');

if (!existsSync(wasm)) execFileSync(process.execPath, [join(root, 'engine-as', 'build.mjs')], { stdio: 'inherit' });
rmSync(out, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.node.json')], { stdio: 'inherit' });
const target = join(out, 'engine-as', 'build', 'solver.wasm');
mkdirSync(dirname(target), { recursive: true });
copyFileSync(wasm, target);
// Written last: its time says when the build finished (scripts/ensure-node-build.mjs compares it).
writeFileSync(join(out, 'BUILT'), `${new Date().toISOString()}\n`);
