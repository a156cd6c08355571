/**
 * Node batch solving on worker_threads with the same WASM module and the same pool as the browser.
 * Workers run workers/node-solver.worker.ts (through tsx from the sources, compiled from dist-node/).
 */
import * as Comlink from 'comlink';
// @ts-expect-error comlink ships its Node adapter without a types entry for this path
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchSolver } from '../../workers/batch.ts';
import { SolverPool, type PoolWorker } from '../workers-client/pool.ts';
import { nodeWorkerUrl } from './worker-url.ts';

const WORKER_URL = nodeWorkerUrl('node-solver');

/** One worker thread speaking Comlink. */
export function spawnNodeSolverWorker(): PoolWorker {
  const worker = new Worker(WORKER_URL);
  worker.unref();
  const api = Comlink.wrap<BatchSolver>((nodeEndpoint as (w: unknown) => Comlink.Endpoint)(worker));
  return { api, terminate: () => void worker.terminate() };
}

/**
 * @example const pool = createNodeSolverPool(); new PoolSolverClient(pool).solveLevels(inputs)
 */
export function createNodeSolverPool(size = availableParallelism(), idleMs = 30_000): SolverPool {
  return new SolverPool({ size: Math.max(1, size), idleMs, spawn: spawnNodeSolverWorker });
}
