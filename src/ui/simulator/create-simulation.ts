/**
 * Re-evaluates the basket whenever its request changes: debounced, through the evaluation client,
 * and applied only when the answer belongs to the newest request (generation guard). While a new
 * evaluation runs, or while the form has errors, the last good result stays on screen, marked stale.
 */
import { createEffect, createSignal, getOwner, on, onCleanup, type Accessor } from 'solid-js';
import type { EvaluationResult, Problem } from '../../domain/index.ts';
import type { EvaluationClient, EvaluationRequest } from './evaluation-client.ts';
import type { SolverName } from './evaluate-basket.ts';

export interface Simulation {
  /** 'idle' before the first request, 'busy' while one is pending or running. */
  readonly status: Accessor<'idle' | 'busy' | 'ready' | 'failed'>;
  /** The last result that was applied (kept while a newer one is computed or the form is invalid). */
  readonly result: Accessor<EvaluationResult | undefined>;
  readonly explanation: Accessor<string>;
  /** Which level solver produced the result shown. */
  readonly solver: Accessor<SolverName | undefined>;
  /** Problems of the newest request, when it failed validation or the worker failed. */
  readonly problems: Accessor<readonly Problem[]>;
  /** True when the result shown does not belong to the current basket. */
  readonly stale: Accessor<boolean>;
}

/**
 * @example const sim = createSimulation(() => built().ok ? { bundle, order } : undefined, { client });
 *          sim.result()?.totals.promotionSaving
 */
export function createSimulation(request: Accessor<EvaluationRequest | undefined>, options: { readonly client: EvaluationClient; readonly delayMs?: number }): Simulation {
  const delay = options.delayMs ?? 150;
  const [status, setStatus] = createSignal<'idle' | 'busy' | 'ready' | 'failed'>('idle');
  const [result, setResult] = createSignal<EvaluationResult>();
  const [explanation, setExplanation] = createSignal('');
  const [solver, setSolver] = createSignal<SolverName>();
  const [problems, setProblems] = createSignal<readonly Problem[]>([]);
  const [stale, setStale] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wanted = 0;

  const run = (req: EvaluationRequest, mine: number) => {
    void options.client.evaluate(req).then((outcome) => {
      // A newer edit may exist even if the client has not seen it yet (still in its debounce).
      if (outcome.kind !== 'done' || mine !== wanted) return;
      if (outcome.response.ok) {
        setResult(outcome.response.value);
        setExplanation(outcome.response.explanation);
        setSolver(outcome.response.solver);
        setProblems([]);
        setStale(false);
        setStatus('ready');
      } else {
        setProblems(outcome.response.problems);
        setStale(result() !== undefined);
        setStatus('failed');
      }
    });
  };

  createEffect(
    on(request, (req) => {
      const mine = ++wanted;
      if (timer !== undefined) clearTimeout(timer);
      if (req === undefined) {
        // The form has errors: nothing to evaluate; the shown result no longer matches the basket.
        setStale(result() !== undefined);
        setStatus(result() === undefined ? 'idle' : 'ready');
        return;
      }
      setStale(result() !== undefined);
      setStatus('busy');
      timer = setTimeout(() => {
        timer = undefined;
        run(req, mine);
      }, delay);
    }),
  );

  if (getOwner()) {
    onCleanup(() => {
      wanted++;
      if (timer !== undefined) clearTimeout(timer);
    });
  }
  return { status, result, explanation, solver, problems, stale };
}
