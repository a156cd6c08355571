/**
 * Fakes for the generic worker pool and the evaluation pool: every call waits until the test
 * answers it, so the order of events is in the test's hands. Calls and terminations are recorded.
 */
import type { EvaluateBasketOptions, EvaluateBasketResponse } from '../../src/ui/simulator/evaluate-basket.ts';
import type { WorkerHandle } from '../../src/ui/simulator/evaluation-client.ts';
import type { PoolWorker } from '../../src/workers-client/worker-pool.ts';

/** A generic worker API: `echo(x)` answers whatever the test settles; `progress` lets the test report progress. */
export interface EchoApi {
  echo(x: number, progress?: (n: number) => void): Promise<string>;
}

export interface EchoCall {
  readonly worker: number;
  readonly x: number;
  readonly progress: ((n: number) => void) | undefined;
  settle(value: string): void;
  fail(e: unknown): void;
}

export function fakeEchoWorkers(): { spawn: () => PoolWorker<EchoApi>; calls: EchoCall[]; spawned: () => number; terminated: number[] } {
  const calls: EchoCall[] = [];
  const terminated: number[] = [];
  let n = 0;
  const spawn = (): PoolWorker<EchoApi> => {
    const id = n++;
    return {
      api: {
        echo: (x, progress) => new Promise<string>((settle, fail) => calls.push({ worker: id, x, progress, settle, fail })),
      },
      terminate: () => void terminated.push(id),
    };
  };
  return { spawn, calls, spawned: () => n, terminated };
}

export interface EvaluateCall {
  readonly worker: number;
  readonly bundle: unknown;
  readonly order: unknown;
  readonly state: unknown;
  readonly options: EvaluateBasketOptions;
  answer(r: EvaluateBasketResponse): void;
}

/** Evaluation workers whose answers the test releases; `orderId` reads the order's id back. */
export function fakeEvaluateWorkers(): { spawn: () => WorkerHandle; calls: EvaluateCall[]; terminated: number[]; spawned: () => number } {
  const calls: EvaluateCall[] = [];
  const terminated: number[] = [];
  let n = 0;
  const spawn = (): WorkerHandle => {
    const id = n++;
    return {
      evaluateBasket: (bundle, order, state, options) =>
        new Promise<EvaluateBasketResponse>((answer) => calls.push({ worker: id, bundle, order, state, options, answer })),
      terminate: () => void terminated.push(id),
    };
  };
  return { spawn, calls, terminated, spawned: () => n };
}

export const orderId = (call: EvaluateCall): string => (call.order as { id: string }).id;

/** The call a test task makes: `api.echo(x)`, passing the pool's progress callback on. */
export const echo = (x: number) => (api: EchoApi, progress: ((n: number) => void) | undefined) => api.echo(x, progress);
