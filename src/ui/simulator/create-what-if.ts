/**
 * What-if as a reactive primitive: whenever the edited bundle ("after"), the saved one
 * ("before"), the saved baskets or the simulator's current basket change, every basket is
 * evaluated under both bundles on the shared evaluation pool and compared (`what-if.ts`).
 * - debounced: a burst of edits makes one run;
 * - a newer run aborts the older one (the pool drops its queued baskets and terminates its busy
 *   workers) and a generation counter makes sure an older run's answers are never applied;
 * - answers are cached per bundle revision and basket content, so "before" is evaluated once per
 *   saved revision and an edit only re-evaluates "after".
 */
import { createEffect, createSignal, getOwner, on, onCleanup, type Accessor } from 'solid-js';
import type { EvaluateBasketResponse } from './evaluate-basket.ts';
import { workerFailed, type EvaluationPool } from './evaluation-client.ts';
import { diffBasket, type BasketDiff } from './what-if.ts';

/** A bundle as stored (input form) with its revision, which names its content. */
export interface BundleVersion {
  readonly input: unknown;
  readonly revision: string;
}

/** A basket to compare: its order and ledger state in input form (plain JSON). */
export interface WhatIfBasket {
  readonly id: string;
  readonly name: string;
  readonly order: unknown;
  readonly state?: unknown;
}

/** The row id of the simulator's current basket (rows are told apart by `current`; the id is a display key). */
export const CURRENT_BASKET_ROW = '@current';

export interface WhatIfSources {
  readonly before: Accessor<BundleVersion>;
  /** The edited bundle; undefined when there is nothing to compare (no edit, or it does not validate). */
  readonly after: Accessor<BundleVersion | undefined>;
  readonly baskets: Accessor<readonly WhatIfBasket[]>;
  /** The simulator's current basket; undefined while its form has errors. */
  readonly currentOrder: Accessor<{ readonly order: unknown; readonly state?: unknown } | undefined>;
}

export interface WhatIfRow {
  readonly basket: WhatIfBasket;
  /** True for the simulator's current basket (always the first row when there is one). */
  readonly current: boolean;
  readonly before: EvaluateBasketResponse;
  readonly after: EvaluateBasketResponse;
  readonly diff: BasketDiff;
}

export interface WhatIf {
  /** 'idle' with nothing to compare, 'busy' while a run is pending or running. */
  readonly status: Accessor<'idle' | 'busy' | 'ready'>;
  /** The rows of the last finished run (kept, marked stale, while a newer one runs). */
  readonly rows: Accessor<readonly WhatIfRow[]>;
  readonly stale: Accessor<boolean>;
  /** Evaluations finished / needed in the running run (cached answers count as finished). */
  readonly progress: Accessor<{ readonly done: number; readonly total: number }>;
}

export interface WhatIfOptions {
  readonly pool: () => EvaluationPool;
  readonly delayMs?: number;
}

/** Baskets are identified in the cache by content: an edited basket is a different entry. */
const cacheKey = (revision: string, basket: WhatIfBasket): string => `${revision}\n${JSON.stringify([basket.order, basket.state ?? null])}`;

/**
 * @example const whatIf = createWhatIf({ before: () => saved, after: () => edited(), baskets, currentOrder }, { pool: () => evaluationPool(spawnEvaluateWorker) });
 *          whatIf.rows().filter((r) => r.diff.kind === 'compared' && r.diff.changed)
 */
export function createWhatIf(sources: WhatIfSources, options: WhatIfOptions): WhatIf {
  const delay = options.delayMs ?? 250;
  const [status, setStatus] = createSignal<'idle' | 'busy' | 'ready'>('idle');
  const [rows, setRows] = createSignal<readonly WhatIfRow[]>([]);
  const [stale, setStale] = createSignal(false);
  const [progress, setProgress] = createSignal({ done: 0, total: 0 });
  const cache = new Map<string, EvaluateBasketResponse>();
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: AbortController | undefined;

  const stop = () => {
    generation++;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    running?.abort();
    running = undefined;
  };

  const run = async (before: BundleVersion, after: BundleVersion, baskets: readonly (WhatIfBasket & { current: boolean })[], mine: number) => {
    const ctrl = new AbortController();
    running = ctrl;
    const pool = options.pool();
    // Only the two revisions in play are worth keeping.
    for (const key of cache.keys()) {
      if (!key.startsWith(`${before.revision}\n`) && !key.startsWith(`${after.revision}\n`)) cache.delete(key);
    }
    let done = 0;
    const total = baskets.length * 2;
    setProgress({ done, total });
    const evaluate = async (version: BundleVersion, basket: WhatIfBasket, urgent: boolean): Promise<EvaluateBasketResponse | undefined> => {
      const key = cacheKey(version.revision, basket);
      let answer = cache.get(key);
      if (answer === undefined) {
        const outcome = await pool.run((api) => api.evaluateBasket(version.input, basket.order, basket.state, { bundleKey: version.revision }), { signal: ctrl.signal, urgent });
        if (outcome.kind === 'aborted') return undefined;
        answer = outcome.kind === 'done' ? outcome.value : workerFailed(outcome.message);
        // A crashed worker is not an answer about this basket: the next run asks again.
        if (outcome.kind === 'done') cache.set(key, answer);
      }
      if (mine === generation) setProgress({ done: ++done, total });
      return answer;
    };
    // All "before" evaluations are queued ahead of all "after" ones: a worker keeps the bundle
    // it parsed last, so grouping by bundle spares a parse per basket.
    const befores = baskets.map((b) => evaluate(before, b, b.current));
    const afters = baskets.map((b) => evaluate(after, b, b.current));
    const answers = await Promise.all(
      baskets.map(async (b, i) => {
        const [x, y] = await Promise.all([befores[i]!, afters[i]!]);
        return x === undefined || y === undefined ? undefined : { b, before: x, after: y };
      }),
    );
    if (mine !== generation) return;
    running = undefined;
    const next: WhatIfRow[] = [];
    for (const a of answers) {
      if (a === undefined) return; // aborted without a newer run: nothing trustworthy to show
      const { current, ...basket } = a.b;
      next.push({ basket, current, before: a.before, after: a.after, diff: diffBasket({ id: basket.id, name: basket.name, before: a.before, after: a.after }) });
    }
    setRows(next);
    setStale(false);
    setStatus('ready');
  };

  createEffect(
    on([sources.before, sources.after, sources.baskets, sources.currentOrder], ([before, after, baskets, currentOrder]) => {
      stop();
      const mine = generation;
      if (after === undefined) {
        setRows([]);
        setStale(false);
        setStatus('idle');
        return;
      }
      const all = [
        ...(currentOrder === undefined ? [] : [{ id: CURRENT_BASKET_ROW, name: 'Simulator basket', ...currentOrder, current: true }]),
        ...baskets.map((b) => ({ ...b, current: false })),
      ];
      setStale(rows().length > 0);
      setStatus('busy');
      timer = setTimeout(() => {
        timer = undefined;
        void run(before, after, all, mine);
      }, delay);
    }),
  );

  if (getOwner()) onCleanup(stop);
  return { status, rows, stale, progress };
}
