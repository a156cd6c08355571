/**
 * Starts `workers/evaluate.worker.ts` behind Comlink. The worker's API is imported as a type only,
 * so the engine stays in the worker chunk. Comlink leaves a call pending forever when the worker
 * dies, so a worker `error` event rejects every pending call instead.
 */
import * as Comlink from 'comlink';
import { crashOf } from '../../workers-client/worker-crash.ts';
import type { EvaluateWorkerApi } from '../../../workers/evaluate.worker.ts';
import type { WorkerHandle } from './evaluation-client.ts';

/** @example makeEvaluationClient(spawnEvaluateWorker) */
export function spawnEvaluateWorker(): WorkerHandle {
  const worker = new Worker(new URL('../../../workers/evaluate.worker.ts', import.meta.url), { type: 'module', name: 'evaluate' });
  const remote = Comlink.wrap<EvaluateWorkerApi>(worker);
  const { crashed, detach } = crashOf(worker);
  return {
    evaluateBasket: (bundle, order, state, options) => Promise.race([remote.evaluateBasket(bundle, order, state, options), crashed]),
    terminate() {
      detach();
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
