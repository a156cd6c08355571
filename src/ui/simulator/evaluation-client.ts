/**
 * The main-thread side of the evaluation workers. Requests run on an evaluation pool
 * (`WorkerPool` of `workers/evaluate.worker.ts`, each worker loads the WASM solver once); clients
 * made with the same spawn function share one pool, so the Simulator and the Baskets batch reuse
 * the same warm workers. Every request gets a generation number and only the newest one may
 * deliver a result. A request that arrives while an older one is still running cancels it the only
 * way a worker computation can be cancelled: its worker is terminated (the pool spawns a fresh one).
 */
import { problem } from '../../domain/problem.ts';
import { BUDGET } from '../../domain/limits.ts';
import { coreCount, WorkerPool } from '../../workers-client/worker-pool.ts';
import type { EvaluateBasketOptions, EvaluateBasketResponse } from './evaluate-basket.ts';

/** What a worker offers; `spawn` adapts a real Worker (`spawn-worker.ts`) or a test fake. */
export interface WorkerHandle {
  evaluateBasket(bundle: unknown, order: unknown, state: unknown, options: EvaluateBasketOptions): Promise<EvaluateBasketResponse>;
  terminate(): void;
}

/** A pool of evaluation workers; the call made on a worker is `api.evaluateBasket(…)`. */
export type EvaluationPool = WorkerPool<WorkerHandle>;

const pools = new WeakMap<() => WorkerHandle, EvaluationPool>();

/**
 * Longest an evaluation may take before its worker is presumed dead: the largest settable
 * evaluation budget (60 s of searching) plus room for everything else an evaluation does. A worker
 * that dies without an error event would otherwise leave the view on "Evaluating…" for good.
 */
export const EVALUATION_TIMEOUT_MS = BUDGET.maxMillis + 30_000;

/**
 * The pool for this spawn function, made on first use: one worker per core, each terminated
 * after 30 s idle. A disposed pool is replaced.
 * @example const pool = evaluationPool(spawnEvaluateWorker); pool.size // navigator.hardwareConcurrency
 */
export function evaluationPool(spawn: () => WorkerHandle, size = coreCount(), timeoutMs = EVALUATION_TIMEOUT_MS): EvaluationPool {
  let pool = pools.get(spawn);
  if (pool === undefined || pool.isDisposed) {
    pool = new WorkerPool<WorkerHandle>({
      size,
      timeoutMs,
      spawn: () => {
        const api = spawn();
        return { api, terminate: () => api.terminate() };
      },
    });
    pools.set(spawn, pool);
  }
  return pool;
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
  /** How many workers the pool started so far (tests and diagnostics). */
  readonly spawned: () => number;
  dispose(): void;
}

/** The options the worker gets for a request (plain JSON). */
export const requestOptions = (request: EvaluationRequest): EvaluateBasketOptions => (request.bundleKey === undefined ? {} : { bundleKey: request.bundleKey });

/** A crashed worker's answer, as a response the views show like any other problem. */
export const workerFailed = (message: string, timedOut = false): EvaluateBasketResponse => ({
  ok: false,
  problems: [problem(timedOut ? 'evaluation-worker-timeout' : 'evaluation-worker-failed', `the evaluation worker failed: ${message}`)],
});

/**
 * @example const client = makeEvaluationClient(spawnEvaluateWorker); const o = await client.evaluate({ bundle, order });
 *          if (o.kind === 'done' && o.response.ok) show(o.response.value)
 */
export function makeEvaluationClient(spawn: () => WorkerHandle, options: { readonly timeoutMs?: number } = {}): EvaluationClient {
  const pool = evaluationPool(spawn);
  let generation = 0;
  let running: AbortController | undefined;
  let disposed = false;

  return {
    generation: () => generation,
    spawned: () => pool.spawned,
    evaluate(request) {
      const mine = ++generation;
      // The older evaluation is stale: aborting it terminates its worker, so it stops spending CPU.
      running?.abort();
      running = undefined;
      if (disposed) return Promise.resolve({ kind: 'superseded', generation: mine });
      const ctrl = new AbortController();
      running = ctrl;
      return pool
        .run((api) => api.evaluateBasket(request.bundle, request.order, request.state, requestOptions(request)), {
          signal: ctrl.signal, urgent: true, ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        })
        .then((outcome): EvaluationOutcome => {
          if (running === ctrl) running = undefined;
          if (outcome.kind === 'aborted' || mine !== generation) return { kind: 'superseded', generation: mine };
          return { kind: 'done', generation: mine, response: outcome.kind === 'done' ? outcome.value : workerFailed(outcome.message, outcome.timedOut === true) };
        });
    },
    dispose() {
      disposed = true;
      generation++;
      running?.abort();
      running = undefined;
    },
  };
}
