/** Fake pool workers: each batch waits until the test settles it, so timing is in the test's hands. */
import * as Comlink from 'comlink';
import type { Result } from '../../src/domain/problem.ts';
import type { PoolWorker } from '../../src/workers-client/pool.ts';
import type { SolveBatchRequest, SolvedBatch } from '../../workers/batch.ts';

export interface FakeCall {
  readonly worker: number;
  readonly request: SolveBatchRequest;
  settle(r: Result<SolvedBatch>): void;
  /** The progress callback the pool handed to the worker, if any. */
  readonly progress: ((done: number, total: number) => void) | undefined;
}

export interface FakeWorkers {
  readonly spawn: () => PoolWorker;
  readonly calls: FakeCall[];
  readonly spawned: () => number;
  readonly terminated: number[];
}

export function fakeWorkers(): FakeWorkers {
  const calls: FakeCall[] = [];
  const terminated: number[] = [];
  let n = 0;
  const spawn = (): PoolWorker => {
    const id = n++;
    const api = {
      solveBatch: (request: SolveBatchRequest, progress?: (done: number, total: number) => void) =>
        new Promise<Result<SolvedBatch>>((resolve) => calls.push({ worker: id, request, settle: resolve, progress })),
      [Comlink.releaseProxy]: () => undefined,
    };
    return { api: api as unknown as PoolWorker['api'], terminate: () => void terminated.push(id) };
  };
  return { spawn, calls, spawned: () => n, terminated };
}

export const batchRequest = (count = 1): SolveBatchRequest => ({
  table: { kind: 'deals', key: 'test', i32: new ArrayBuffer(4), i64: new ArrayBuffer(0) },
  levels: { i32: new ArrayBuffer(8), i64: new ArrayBuffer(8) },
  count,
});

export const solved = (count = 1): Result<SolvedBatch> => ({ ok: true, value: { i32: new ArrayBuffer(0), i64: new ArrayBuffer(0), count } });

/** Lets queued promise callbacks run. */
export const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
