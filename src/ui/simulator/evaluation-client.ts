/**
 * The main-thread side of the evaluation worker: one worker, created on the first request;
 * every request gets a generation number and only the newest one may deliver a result. A request
 * that arrives while an older one is still running cancels it the only way a worker computation
 * can be cancelled: the worker is terminated and the next request starts a fresh one.
 */
import { problem } from '../../domain/problem.ts';
import type { EvaluateBasketOptions, EvaluateBasketResponse } from './evaluate-basket.ts';

/** What a worker offers; `spawn` adapts a real Worker (`spawn-worker.ts`) or a test fake. */
export interface WorkerHandle {
  evaluateBasket(bundle: unknown, order: unknown, state: unknown, options: EvaluateBasketOptions): Promise<EvaluateBasketResponse>;
  terminate(): void;
}

export interface EvaluationRequest {
  readonly bundle: unknown;
  readonly order: unknown;
  readonly state?: unknown;
  /** Workspace revision: lets the worker keep the parsed bundle between requests. */
  readonly bundleKey?: string;
}

export type EvaluationOutcome =
  | { readonly kind: 'done'; readonly generation: number; readonly response: EvaluateBasketResponse }
  /** A newer request was made before this one finished; its answer must not be shown. */
  | { readonly kind: 'superseded'; readonly generation: number };

export interface EvaluationClient {
  /** Never rejects: a crashed worker comes back as a `done` outcome with problems. */
  evaluate(request: EvaluationRequest): Promise<EvaluationOutcome>;
  /** The generation of the newest request (0 before any). */
  readonly generation: () => number;
  /** How many workers were started so far (tests and diagnostics). */
  readonly spawned: () => number;
  dispose(): void;
}

/**
 * @example const client = makeEvaluationClient(spawnEvaluateWorker); const o = await client.evaluate({ bundle, order });
 *          if (o.kind === 'done' && o.response.ok) show(o.response.value)
 */
export function makeEvaluationClient(spawn: () => WorkerHandle): EvaluationClient {
  let worker: WorkerHandle | undefined;
  let generation = 0;
  let spawned = 0;
  let running: { readonly generation: number; readonly cancel: () => void } | undefined;
  let disposed = false;

  const stopWorker = () => {
    worker?.terminate();
    worker = undefined;
  };

  return {
    generation: () => generation,
    spawned: () => spawned,
    evaluate(request) {
      const mine = ++generation;
      if (running !== undefined) {
        // The older evaluation is still busy: its answer is stale, so stop spending CPU on it.
        running.cancel();
        stopWorker();
      }
      if (disposed) return Promise.resolve({ kind: 'superseded', generation: mine });
      if (worker === undefined) {
        worker = spawn();
        spawned++;
      }
      const current = worker;
      return new Promise<EvaluationOutcome>((resolve) => {
        let settled = false;
        const finish = (outcome: EvaluationOutcome) => {
          if (settled) return;
          settled = true;
          if (running?.generation === mine) running = undefined;
          resolve(outcome);
        };
        running = { generation: mine, cancel: () => finish({ kind: 'superseded', generation: mine }) };
        const options: EvaluateBasketOptions = request.bundleKey === undefined ? {} : { bundleKey: request.bundleKey };
        current.evaluateBasket(request.bundle, request.order, request.state, options).then(
          (response) => finish(mine === generation ? { kind: 'done', generation: mine, response } : { kind: 'superseded', generation: mine }),
          (e: unknown) => {
            // The worker died (failed to load, out of memory): start afresh next time.
            if (worker === current) stopWorker();
            const message = `the evaluation worker failed: ${e instanceof Error ? e.message : String(e)}`;
            finish(mine === generation ? { kind: 'done', generation: mine, response: { ok: false, problems: [problem('evaluation-worker-failed', message)] } } : { kind: 'superseded', generation: mine });
          },
        );
      });
    },
    dispose() {
      disposed = true;
      generation++;
      running?.cancel();
      stopWorker();
    },
  };
}
