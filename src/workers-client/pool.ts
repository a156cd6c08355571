/**
 * A pool of solver workers (browser Workers or Node worker_threads, see `spawn`): queue, one task
 * per worker, cancellation by AbortSignal (terminate and respawn), idle workers terminated after
 * `idleMs`, and a generation counter per slot so a terminated worker's late answer is never applied.
 */
import * as Comlink from 'comlink';
import type { Result } from '../domain/problem.ts';
import type { BatchSolver, Progress, SolveBatchRequest, SolvedBatch } from '../../workers/batch.ts';

export interface PoolWorker {
  readonly api: Comlink.Remote<BatchSolver>;
  terminate(): void;
}

export interface PoolOptions {
  /** Workers at most (min 1). */
  readonly size: number;
  /** Idle time before a worker is terminated (default 30 s). */
  readonly idleMs?: number;
  readonly spawn: () => PoolWorker;
}

export interface RunOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: Progress;
}

interface Task {
  readonly request: SolveBatchRequest;
  readonly options: RunOptions;
  readonly resolve: (r: Result<SolvedBatch>) => void;
}

interface Slot {
  worker: PoolWorker | undefined;
  /** Bumped whenever the worker is terminated: answers from an older generation are dropped. */
  generation: number;
  task: Task | undefined;
  idle: ReturnType<typeof setTimeout> | undefined;
}

const aborted = (): Result<SolvedBatch> => ({ ok: false, problems: [{ code: 'solve-aborted', severity: 'info', message: 'The batch was cancelled.' }] });

/**
 * @example const pool = new SolverPool({ size: 4, spawn }); const r = await pool.run(request, { signal });
 */
export class SolverPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly idleMs: number;
  private disposed = false;

  constructor(private readonly options: PoolOptions) {
    this.idleMs = options.idleMs ?? 30_000;
    for (let i = 0; i < Math.max(1, Math.floor(options.size)); i++) this.slots.push({ worker: undefined, generation: 0, task: undefined, idle: undefined });
  }

  get size(): number {
    return this.slots.length;
  }

  /** Live (spawned) workers, for tests and diagnostics. */
  get live(): number {
    return this.slots.filter((s) => s.worker !== undefined).length;
  }

  /** Queues a batch; resolves with its result, or `solve-aborted` when the signal fires first. */
  run(request: SolveBatchRequest, options: RunOptions = {}): Promise<Result<SolvedBatch>> {
    if (this.disposed) return Promise.resolve({ ok: false, problems: [{ code: 'pool-disposed', severity: 'error', message: 'The solver pool was disposed.' }] });
    if (options.signal?.aborted === true) return Promise.resolve(aborted());
    return new Promise((resolve) => {
      const task: Task = { request, options, resolve };
      options.signal?.addEventListener('abort', () => this.abort(task), { once: true });
      this.queue.push(task);
      this.pump();
    });
  }

  /** Terminates every worker; queued and running batches resolve as aborted. */
  dispose(): void {
    this.disposed = true;
    for (const t of this.queue.splice(0)) t.resolve(aborted());
    for (const s of this.slots) {
      const t = s.task;
      this.kill(s);
      t?.resolve(aborted());
    }
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.task !== undefined) continue;
      this.start(slot, this.queue.shift()!);
    }
  }

  private start(slot: Slot, task: Task): void {
    if (slot.idle !== undefined) clearTimeout(slot.idle);
    slot.idle = undefined;
    slot.worker ??= this.options.spawn();
    slot.task = task;
    const generation = slot.generation;
    const progress = task.options.onProgress === undefined ? undefined : Comlink.proxy(task.options.onProgress);
    const { levels, deals } = task.request;
    // The level buffers move to the worker; the deal table is shared by every batch, so it is copied.
    const transfer = Comlink.transfer(task.request, [levels.i32, levels.i64]);
    void deals;
    slot.worker.api
      .solveBatch(transfer, progress)
      .then(
        (r) => r,
        (e: unknown): Result<SolvedBatch> => ({ ok: false, problems: [{ code: 'worker-failed', severity: 'error', message: e instanceof Error ? e.message : String(e) }] }),
      )
      .then((r) => {
        if (slot.generation !== generation || slot.task !== task) return; // stale: the worker was terminated
        slot.task = undefined;
        task.resolve(r);
        this.scheduleIdle(slot);
        this.pump();
      });
  }

  private abort(task: Task): void {
    const q = this.queue.indexOf(task);
    if (q >= 0) {
      this.queue.splice(q, 1);
      task.resolve(aborted());
      return;
    }
    const slot = this.slots.find((s) => s.task === task);
    if (slot === undefined) return;
    this.kill(slot);
    task.resolve(aborted());
    this.pump();
  }

  private kill(slot: Slot): void {
    if (slot.idle !== undefined) clearTimeout(slot.idle);
    slot.idle = undefined;
    slot.generation++;
    slot.task = undefined;
    const w = slot.worker;
    slot.worker = undefined;
    if (w !== undefined) {
      w.api[Comlink.releaseProxy]();
      w.terminate();
    }
  }

  private scheduleIdle(slot: Slot): void {
    if (slot.idle !== undefined) clearTimeout(slot.idle);
    slot.idle = setTimeout(() => {
      if (slot.task === undefined) this.kill(slot);
    }, this.idleMs);
    // Node: an idle timer must not keep the process alive.
    (slot.idle as { unref?: () => void }).unref?.();
  }
}
