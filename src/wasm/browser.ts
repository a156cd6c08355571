/** Browser/worker entry of the WASM solver: fetches the module once per realm. */
import solverUrl from '../../engine-as/build/solver.wasm?url';
import { instantiateSolver, type WasmSolver } from './solver-module.ts';

let loading: Promise<WasmSolver> | undefined;

/**
 * Vite resolves `?url` against the importing chunk, so the URL is right from the page and from
 * a worker chunk under `assets/` alike (a base-relative path is not, inside a worker).
 * @example const solver = await loadBrowserSolver(); solver.solveLevel(input)
 */
export function loadBrowserSolver(url: string | URL = solverUrl): Promise<WasmSolver> {
  loading ??= (async () => {
    // compileStreaming needs the server to send application/wasm; fall back to bytes otherwise.
    const module = await WebAssembly.compileStreaming(fetch(url)).catch(async () => WebAssembly.compile(await (await fetch(url)).arrayBuffer()));
    return instantiateSolver(module);
  })();
  // A failed load is not cached: the next call tries again.
  loading.catch(() => { loading = undefined; });
  return loading;
}
