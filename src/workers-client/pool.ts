/**
 * The level-solver pool: `WorkerPool` over the `BatchSolver` API of `workers/batch.ts` (browser
 * Workers or Node worker_threads, see `spawn`). Same guarantees as `WorkerPool` (queue, one batch
 * per worker, abort → terminate and respawn, idle termination, stale answers dropped); this layer
 * only moves the level buffers to the worker and turns outcomes into `Result<SolvedBatch>`.
 */
import * as Comlink from 'comlink';
import type { Result } from '../domain/problem.ts';
import type { BatchSolver, Progress, SolveBatchRequest, SolvedBatch } from '../../workers/batch.ts';
import { WorkerPool, type PoolOutcome } from './worker-pool.ts';

export interface PoolWorker {
  readonly api: Comlink.Remote<BatchSolver>;
  terminate(): void;
}

export interface PoolOptions {
  /** Workers at most (min 1). */
  readonly size: number;
  /** Idle time before a worker is terminated (default 30 s). */
  readonly idleMs?: number;
  /**
   * Longest a batch may go without answering or reporting progress before its worker is presumed
   * dead, terminated and replaced (default `SOLVER_SILENCE_MS`).
   */
  readonly timeoutMs?: number;
  readonly spawn: () => PoolWorker;
}

/**
 * The batch watchdog's default: a worker that died without an error event (or hangs) must not
 * leave its caller waiting for good, and a healthy one reports progress every
 * `SOLVER_PROGRESS_CHUNK` levels: 256 levels that all spend the default budget of 200,000 nodes
 * take under a minute; levels with a budget near the 50,000,000-node maximum need a longer
 * `timeoutMs`.
 */
export const SOLVER_SILENCE_MS = 120_000;

/** Levels between progress reports at most, so the watchdog hears from a healthy worker often. */
export const SOLVER_PROGRESS_CHUNK = 256;

export interface RunOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: Progress;
}

const aborted = (): Result<SolvedBatch> => ({ ok: false, problems: [{ code: 'solve-aborted', severity: 'info', message: 'The batch was cancelled.' }] });

function asResult(o: PoolOutcome<Result<SolvedBatch>>, disposed: boolean): Result<SolvedBatch> {
  if (o.kind === 'done') return o.value;
  if (o.kind === 'failed') return { ok: false, problems: [{ code: o.timedOut === true ? 'solver-worker-timeout' : 'worker-failed', severity: 'error', message: o.message }] };
  return disposed ? { ok: false, problems: [{ code: 'pool-disposed', severity: 'error', message: 'The solver pool was disposed.' }] } : aborted();
}

/**
 * @example const pool = new SolverPool({ size: 4, spawn }); const r = await pool.run(request, { signal });
 */
export class SolverPool {
  private readonly pool: WorkerPool<Comlink.Remote<BatchSolver>>;

  constructor(options: PoolOptions) {
    this.pool = new WorkerPool({
      size: options.size,
      timeoutMs: options.timeoutMs ?? SOLVER_SILENCE_MS,
      ...(options.idleMs === undefined ? {} : { idleMs: options.idleMs }),
      spawn: () => {
        const w = options.spawn();
        return {
          api: w.api,
          terminate: () => {
            w.api[Comlink.releaseProxy]();
            w.terminate();
          },
        };
      },
    });
  }

  get size(): number {
    return this.pool.size;
  }

  /** Live (spawned) workers, for tests and diagnostics. */
  get live(): number {
    return this.pool.live;
  }

  /** Queues a batch; resolves with its result, or `solve-aborted` when the signal fires first. */
  async run(request: SolveBatchRequest, options: RunOptions = {}): Promise<Result<SolvedBatch>> {
    const disposedBefore = this.pool.isDisposed;
    const chunked: SolveBatchRequest = { ...request, chunk: Math.min(request.chunk ?? SOLVER_PROGRESS_CHUNK, SOLVER_PROGRESS_CHUNK) };
    const outcome = await this.pool.run<Result<SolvedBatch>, [number, number]>(
      (api, progress) =>
        // The level buffers move to the worker; the deal table is shared by every batch, so it is copied.
        api.solveBatch(Comlink.transfer(chunked, [request.levels.i32, request.levels.i64]), progress === undefined ? undefined : Comlink.proxy(progress)),
      {
        rearmOnProgress: true,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
      },
    );
    return asResult(outcome, disposedBefore);
  }

  /** Terminates every worker; queued and running batches resolve as aborted. */
  dispose(): void {
    this.pool.dispose();
  }
}
