/**
 * Builds engine-as/build/solver.wasm when it is missing or older than any AssemblyScript source, so
 * WASM tests never run against a stale module. Used by global-setup.ts and by each WASM test file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const wasm = join(root, 'engine-as', 'build', 'solver.wasm');
const sources = join(root, 'engine-as', 'assembly');

export function wasmIsStale(): boolean {
  if (!existsSync(wasm)) return true;
  const built = statSync(wasm).mtimeMs;
  return readdirSync(sources).some((f) => statSync(join(sources, f)).mtimeMs > built);
}

export function ensureWasm(): void {
  if (wasmIsStale()) execFileSync(process.execPath, [join(root, 'engine-as', 'build.mjs')], { stdio: 'inherit' });
}
