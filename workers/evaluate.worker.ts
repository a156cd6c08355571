/**
 * Evaluates baskets off the main thread so editing never waits for the best-deal search.
 * The engine pipeline runs here with the WASM level solver, loaded once per worker; if the module
 * cannot load, the TypeScript reference solver (same results) takes over and the response says so.
 * The API returns results as data (Comlink rebuilds thrown errors from message/name/stack only),
 * and takes and returns plain JSON. Workers of this kind form the evaluation pool
 * (`evaluationPool` in `src/ui/simulator/evaluation-client.ts`, one per core), shared by the
 * Simulator and the Baskets view's batch; a superseded or cancelled evaluation is stopped by
 * terminating its worker, and the pool spawns a fresh one (loading WASM again) when needed.
 */
import * as Comlink from 'comlink';
import { loadBrowserSolver } from '../src/wasm/browser.ts';
import { evaluateBasket as evaluateWith, type EvaluateBasketOptions, type LevelSolver } from '../src/ui/simulator/evaluate-basket.ts';

let solver: Promise<LevelSolver> | undefined;

function levelSolver(): Promise<LevelSolver> {
  solver ??= loadBrowserSolver().then(
    (wasm): LevelSolver => ({ name: 'wasm', solveLevel: wasm.solveLevel }),
    (): LevelSolver => ({ name: 'reference' }),
  );
  return solver;
}

const api = {
  /**
   * Validates the inputs with the domain schemas and evaluates them.
   * @example await worker.evaluateBasket(bundleJson, orderJson) // { ok: true, value: EvaluationResult, explanation, solver: 'wasm' }
   */
  async evaluateBasket(bundleInput: unknown, order: unknown, state?: unknown, options?: EvaluateBasketOptions) {
    return evaluateWith(bundleInput, order, state, options, await levelSolver());
  },
};

export type EvaluateWorkerApi = typeof api;

Comlink.expose(api);
