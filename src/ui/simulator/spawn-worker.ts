/**
 * Starts `workers/evaluate.worker.ts` behind Comlink. The worker's API is imported as a type only,
 * so the engine stays in the worker chunk. Comlink leaves a call pending forever when the worker
 * dies, so a worker `error` event rejects every pending call instead.
 */
import * as Comlink from 'comlink';
import type { EvaluateWorkerApi } from '../../../workers/evaluate.worker.ts';
import type { WorkerHandle } from './evaluation-client.ts';

/** @example makeEvaluationClient(spawnEvaluateWorker) */
export function spawnEvaluateWorker(): WorkerHandle {
  const worker = new Worker(new URL('../../../workers/evaluate.worker.ts', import.meta.url), { type: 'module', name: 'evaluate' });
  const remote = Comlink.wrap<EvaluateWorkerApi>(worker);
  let crash: ((e: Error) => void) | undefined;
  const crashed = new Promise<never>((_, reject) => {
    crash = reject;
  });
  crashed.catch(() => undefined); // observed by the races below; no unhandled rejection when idle
  const onError = (e: ErrorEvent) => {
    e.preventDefault();
    crash?.(new Error(e.message || 'the worker script could not run'));
  };
  worker.addEventListener('error', onError);
  return {
    evaluateBasket: (bundle, order, state, options) => Promise.race([remote.evaluateBasket(bundle, order, state, options), crashed]),
    terminate() {
      worker.removeEventListener('error', onError);
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
