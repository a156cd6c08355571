/** Browser/worker entry of the WASM solver: fetches `wasm/solver.wasm` relative to the app's base once. */
import { instantiateSolver, type WasmSolver } from './solver-module.ts';

let loading: Promise<WasmSolver> | undefined;

/**
 * @example const solver = await loadBrowserSolver(); solver.solveLevel(input)
 */
export function loadBrowserSolver(base: string | URL = import.meta.env.BASE_URL ?? './'): Promise<WasmSolver> {
  loading ??= (async () => {
    const url = new URL('wasm/solver.wasm', new URL(String(base), self.location.href));
    // compileStreaming needs the server to send application/wasm; fall back to bytes otherwise.
    const module = await WebAssembly.compileStreaming(fetch(url)).catch(async () => WebAssembly.compile(await (await fetch(url)).arrayBuffer()));
    return instantiateSolver(module);
  })();
  return loading;
}
