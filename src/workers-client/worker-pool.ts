/**
 * A pool of workers of any kind (browser Workers, Node worker_threads, test fakes; see `spawn`),
 * generic over the API a worker offers and the call a task makes on it. Guarantees:
 * - a queue, and one task per worker at a time;
 * - cancellation by AbortSignal: a queued task is dropped, a running one's worker is terminated
 *   (the only way to stop a computation in a worker) and a fresh one is spawned when next needed;
 * - idle workers are terminated after `idleMs`;
 * - a generation counter per slot, so a terminated worker's late answer or progress is never applied;
 * - a call that rejects (the worker crashed, the transport broke) terminates that worker too;
 * - a watchdog (`timeoutMs`): a call that has not answered in time — a worker that died without
 *   an error event, or one stuck in a computation — is terminated, its task resolves `failed`
 *   saying so, and the next task gets a fresh worker. With `rearmOnProgress` the limit is on
 *   silence instead: each progress report starts it again, so a long batch that keeps reporting
 *   lives as long as it needs.
 * Results come back as data (`PoolOutcome`), never as a rejection.
 */

export interface PoolWorker<Api> {
  readonly api: Api;
  /** Stops the worker for good (and releases whatever proxy it holds). */
  terminate(): void;
}

export interface WorkerPoolOptions<Api> {
  /** Workers at most (min 1). */
  readonly size: number;
  /** Idle time before a worker is terminated (default 30 s). */
  readonly idleMs?: number;
  /** Longest a call may run before its worker is presumed dead and terminated (default: no limit). */
  readonly timeoutMs?: number;
  readonly spawn: () => PoolWorker<Api>;
}

export interface PoolRunOptions<P extends unknown[] = never[]> {
  readonly signal?: AbortSignal;
  /** Handed to the call (guarded: progress from a terminated worker is dropped). */
  readonly onProgress?: (...args: P) => void;
  /** Jump the queue (an interactive request should not wait behind a batch). */
  readonly urgent?: boolean;
  /** This call's watchdog, overriding the pool's `timeoutMs`. */
  readonly timeoutMs?: number;
  /**
   * Every progress report re-arms the watchdog (the limit bounds the silence between reports, not
   * the whole call); the call then always gets a progress callback, even without `onProgress`.
   */
  readonly rearmOnProgress?: boolean;
}

/** What a task's call gets: the worker's API and the guarded progress callback, if any. */
export type PoolCall<Api, T, P extends unknown[] = never[]> = (api: Api, progress: ((...args: P) => void) | undefined) => Promise<T>;

export type PoolOutcome<T> =
  | { readonly kind: 'done'; readonly value: T }
  /** The signal fired (or the pool was disposed) before the call answered. */
  | { readonly kind: 'aborted' }
  /** The call rejected, or (with `timedOut`) did not answer in time; its worker was terminated. */
  | { readonly kind: 'failed'; readonly message: string; readonly timedOut?: true };

interface Task {
  readonly call: PoolCall<unknown, unknown, unknown[]>;
  readonly options: PoolRunOptions<unknown[]>;
  readonly resolve: (r: PoolOutcome<unknown>) => void;
}

interface Slot<Api> {
  worker: PoolWorker<Api> | undefined;
  /** Bumped whenever the worker is terminated: answers from an older generation are dropped. */
  generation: number;
  task: Task | undefined;
  idle: ReturnType<typeof setTimeout> | undefined;
  /** The running task's watchdog timer. */
  watchdog: ReturnType<typeof setTimeout> | undefined;
}

const ABORTED = { kind: 'aborted' } as const;

/**
 * @example const pool = new WorkerPool({ size: 4, spawn }); const o = await pool.run((api) => api.evaluateBasket(b, o), { signal });
 *          if (o.kind === 'done') use(o.value)
 */
export class WorkerPool<Api> {
  private readonly slots: Slot<Api>[] = [];
  private readonly queue: Task[] = [];
  private readonly idleMs: number;
  private spawnCount = 0;
  private disposed = false;

  constructor(private readonly options: WorkerPoolOptions<Api>) {
    this.idleMs = options.idleMs ?? 30_000;
    for (let i = 0; i < Math.max(1, Math.floor(options.size)); i++) this.slots.push({ worker: undefined, generation: 0, task: undefined, idle: undefined, watchdog: undefined });
  }

  get size(): number {
    return this.slots.length;
  }

  /** Live (spawned) workers, for tests and diagnostics. */
  get live(): number {
    return this.slots.filter((s) => s.worker !== undefined).length;
  }

  /** Workers spawned since the pool was made. */
  get spawned(): number {
    return this.spawnCount;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Queues a call; resolves with its outcome. Never rejects. */
  run<T, P extends unknown[] = never[]>(call: PoolCall<Api, T, P>, options: PoolRunOptions<P> = {}): Promise<PoolOutcome<T>> {
    if (this.disposed || options.signal?.aborted === true) return Promise.resolve(ABORTED);
    return new Promise<PoolOutcome<T>>((resolve) => {
      const task: Task = {
        call: call as unknown as Task['call'],
        options: options as PoolRunOptions<unknown[]>,
        resolve: resolve as Task['resolve'],
      };
      options.signal?.addEventListener('abort', () => this.abort(task), { once: true });
      if (options.urgent === true) this.queue.unshift(task);
      else this.queue.push(task);
      this.pump();
    });
  }

  /** Terminates every worker; queued and running tasks resolve as aborted. */
  dispose(): void {
    this.disposed = true;
    for (const t of this.queue.splice(0)) t.resolve(ABORTED);
    for (const s of this.slots) {
      const t = s.task;
      this.kill(s);
      t?.resolve(ABORTED);
    }
  }

  private pump(): void {
    while (this.queue.length > 0) {
      // A free slot with a live worker first: its setup (e.g. a loaded WASM module) is reused.
      const free = this.slots.find((s) => s.task === undefined && s.worker !== undefined) ?? this.slots.find((s) => s.task === undefined);
      if (free === undefined) return;
      this.start(free, this.queue.shift()!);
    }
  }

  private start(slot: Slot<Api>, task: Task): void {
    if (slot.idle !== undefined) clearTimeout(slot.idle);
    slot.idle = undefined;
    if (slot.worker === undefined) {
      slot.worker = this.options.spawn();
      this.spawnCount++;
    }
    slot.task = task;
    const generation = slot.generation;
    const current = () => slot.generation === generation && slot.task === task;
    const onProgress = task.options.onProgress;
    const limit = task.options.timeoutMs ?? this.options.timeoutMs;
    const arm = (): void => {
      if (limit === undefined || !Number.isFinite(limit)) return;
      this.clearWatchdog(slot);
      slot.watchdog = setTimeout(() => {
        if (!current()) return;
        // No answer in time: the worker died silently or is stuck. Terminating it is the only way to stop it.
        this.kill(slot);
        const what = task.options.rearmOnProgress === true ? 'answer or report progress' : 'answer';
        task.resolve({ kind: 'failed', timedOut: true, message: `the worker did not ${what} within ${formatSeconds(limit)}; it was stopped and a fresh one starts with the next request` });
        this.pump();
      }, limit);
    };
    const rearm = task.options.rearmOnProgress === true;
    const progress = onProgress === undefined && !rearm
      ? undefined
      : (...args: unknown[]) => {
        if (!current()) return;
        if (rearm) arm();
        onProgress?.(...args);
      };
    arm();
    let answer: Promise<unknown>;
    try {
      answer = task.call(slot.worker.api, progress);
    } catch (e) {
      answer = Promise.reject(e);
    }
    answer.then(
      (value) => {
        if (!current()) return; // stale: the worker was terminated
        this.clearWatchdog(slot);
        slot.task = undefined;
        task.resolve({ kind: 'done', value });
        this.scheduleIdle(slot);
        this.pump();
      },
      (e: unknown) => {
        if (!current()) return;
        // A worker whose call rejected is presumed broken: start the next task on a fresh one.
        this.kill(slot);
        task.resolve({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
        this.pump();
      },
    );
  }

  private abort(task: Task): void {
    const q = this.queue.indexOf(task);
    if (q >= 0) {
      this.queue.splice(q, 1);
      task.resolve(ABORTED);
      return;
    }
    const slot = this.slots.find((s) => s.task === task);
    if (slot === undefined) return;
    this.kill(slot);
    task.resolve(ABORTED);
    // Later: one signal often aborts many tasks (a cancelled batch), and its other listeners run
    // right after this one; pumping now would spawn a worker for a task about to be aborted.
    queueMicrotask(() => this.pump());
  }

  private clearWatchdog(slot: Slot<Api>): void {
    if (slot.watchdog !== undefined) clearTimeout(slot.watchdog);
    slot.watchdog = undefined;
  }

  private kill(slot: Slot<Api>): void {
    this.clearWatchdog(slot);
    if (slot.idle !== undefined) clearTimeout(slot.idle);
    slot.idle = undefined;
    slot.generation++;
    slot.task = undefined;
    const w = slot.worker;
    slot.worker = undefined;
    w?.terminate();
  }

  private scheduleIdle(slot: Slot<Api>): void {
    if (slot.idle !== undefined) clearTimeout(slot.idle);
    slot.idle = setTimeout(() => {
      if (slot.task === undefined) this.kill(slot);
    }, this.idleMs);
    // Node: an idle timer must not keep the process alive.
    (slot.idle as { unref?: () => void }).unref?.();
  }
}

const formatSeconds = (ms: number): string => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);

/** Pool size for this machine: one worker per core (`navigator.hardwareConcurrency`, min 1). */
export function coreCount(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency;
  return Math.max(1, cores || 1);
}
