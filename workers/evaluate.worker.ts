/**
 * Evaluates baskets off the main thread so editing never waits for the best-deal search.
 * The API returns results as data (Comlink rebuilds thrown errors from message/name/stack only);
 * the main-thread side is `src/ui/simulator/evaluation-client.ts`, which cancels a superseded
 * slow evaluation by terminating this worker.
 */
import * as Comlink from 'comlink';
import { evaluateBasket } from '../src/ui/simulator/evaluate-basket.ts';

const api = {
  /**
   * Validates the inputs with the domain schemas and evaluates with the reference engine.
   * @example await worker.evaluateBasket(bundleJson, orderJson) // { ok: true, value: EvaluationResult, explanation }
   */
  evaluateBasket,
};

export type EvaluateWorkerApi = typeof api;

Comlink.expose(api);
