/** The app's solver pool: one module Worker per core (navigator.hardwareConcurrency, min 1). */
import * as Comlink from 'comlink';
import type { SolverWorkerApi } from '../../workers/solver.worker.ts';
import { SolverPool, type PoolWorker } from './pool.ts';
import { coreCount } from './worker-pool.ts';

function spawnBrowserWorker(): PoolWorker {
  const worker = new Worker(new URL('../../workers/solver.worker.ts', import.meta.url), { type: 'module' });
  return { api: Comlink.wrap<SolverWorkerApi>(worker), terminate: () => worker.terminate() };
}

/** @example const pool = createBrowserSolverPool(); onCleanup(() => pool.dispose()) */
export function createBrowserSolverPool(idleMs = 30_000): SolverPool {
  return new SolverPool({ size: coreCount(), idleMs, spawn: spawnBrowserWorker });
}
