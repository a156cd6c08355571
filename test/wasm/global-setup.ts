/** Vitest globalSetup: build solver.wasm once before any test when it is missing or stale. */
import { ensureWasm } from './ensure-wasm.ts';

export default function setup(): void {
  ensureWasm();
}
