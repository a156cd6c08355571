/**
 * Builds dist-node/ (the built CLI and library) when it is missing or older than its sources, once
 * across test files running in parallel: a lock folder (mkdir is atomic) makes the others wait for
 * the one that builds, so no test imports a half-written folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error a plain .mjs build script without declarations
import { nodeBuildIsStale } from '../../scripts/ensure-node-build.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILT_BIN = join(ROOT, 'bin', 'promo.mjs');
export const BUILT_LIBRARY = join(ROOT, 'dist-node', 'src', 'node', 'index.js');

const LOCK = join(ROOT, '.node-build.lock');
const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function ensureNodeBuild(): void {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than 5 minutes belongs to a run that died.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
      sleep(200);
    }
  }
  try {
    if ((nodeBuildIsStale as () => boolean)()) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-node.mjs')], { stdio: 'inherit' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
