/**
 * What the evaluation worker runs (`workers/evaluate.worker.ts` only exposes it): validates the
 * three inputs with the domain schemas, evaluates (with the level solver the worker supplies) and explains the
 * result. Runs in the worker, so nothing here touches the DOM; everything it returns is plain
 * JSON (money is decimal strings) and it never throws: a failure is a problem list.
 */
import { BundleSchema, LedgerStateSchema, OrderSchema, problem, type Bundle, type EvaluationResult, type Problem } from '../../domain/index.ts';
import { schemaProblems } from '../../bundle/schema-problems.ts';
import { evaluate, explain } from '../../engine/index.ts';
import type { LevelSolver as SolveLevel } from '../../engine/solver/types.ts';

/** Which level solver evaluated: the WASM port, or the TypeScript reference when WASM could not load. */
export type SolverName = 'wasm' | 'reference';

export type EvaluateBasketResponse =
  | { readonly ok: true; readonly value: EvaluationResult; readonly explanation: string; readonly solver: SolverName }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The level solver the worker plugs in (both give identical results; test/wasm proves it). */
export interface LevelSolver {
  readonly name: SolverName;
  readonly solveLevel?: SolveLevel;
}

export interface EvaluateBasketOptions {
  /**
   * Names the bundle's content (the workspace revision): the same key reuses the bundle parsed
   * last time, so scripts compiled for it stay warm. Without a key the bundle is parsed every call.
   */
  readonly bundleKey?: string;
}

/** Where each problem came from: `$.order.lines[0].quantity` rather than a bare `$.lines[0]…`. */
const under = (prefix: string, ps: readonly Problem[]): Problem[] =>
  ps.map((p) => ({ ...p, path: p.path === undefined ? `$.${prefix}` : `$.${prefix}${p.path.slice(1)}` }));

/** Parsed bundles by key, least recently used first. Two: what-if evaluates each basket under the saved and the edited bundle. */
const cached = new Map<string, Bundle>();
const CACHED_BUNDLES = 2;

function parseBundle(input: unknown, key: string | undefined): { ok: true; bundle: Bundle } | { ok: false; problems: Problem[] } {
  const hit = key === undefined ? undefined : cached.get(key);
  if (hit !== undefined) {
    // Least recently used goes first: move the hit to the end.
    cached.delete(key!);
    cached.set(key!, hit);
    return { ok: true, bundle: hit };
  }
  const r = BundleSchema.safeParse(input);
  if (!r.success) return { ok: false, problems: under('bundle', schemaProblems(r.error.issues, input)) };
  if (key !== undefined) {
    cached.set(key, r.data);
    for (const old of cached.keys()) if (cached.size > CACHED_BUNDLES) cached.delete(old);
  }
  return { ok: true, bundle: r.data };
}

/**
 * Evaluates an order (input form, as in a basket file) against a bundle (input form).
 * @example evaluateBasket(bundleJson, { id: 'o1', at: '2026-05-04T12:00:00-04:00', lines: [] }) // { ok: true, value: {…}, explanation: 'Order o1 (USD)…' }
 */
export function evaluateBasket(
  bundleInput: unknown,
  order: unknown,
  state?: unknown,
  options: EvaluateBasketOptions = {},
  solver: LevelSolver = { name: 'reference' },
): EvaluateBasketResponse {
  try {
    const bundle = parseBundle(bundleInput, options.bundleKey);
    const o = OrderSchema.safeParse(order);
    const s = LedgerStateSchema.safeParse(state ?? {});
    const problems = [
      ...(bundle.ok ? [] : bundle.problems),
      ...(o.success ? [] : under('order', schemaProblems(o.error.issues, order))),
      ...(s.success ? [] : under('state', schemaProblems(s.error.issues, state))),
    ];
    if (!bundle.ok || !o.success || !s.success) return { ok: false, problems };
    const value = evaluate(bundle.bundle, o.data, s.data, solver.solveLevel === undefined ? {} : { solveLevel: solver.solveLevel });
    return { ok: true, value, explanation: explain(value, bundle.bundle), solver: solver.name };
  } catch (e) {
    // An exception here is an engine bug; the page shows it as a problem instead of dying.
    return { ok: false, problems: [problem('evaluation-failed', `the engine failed: ${e instanceof Error ? e.message : String(e)}`)] };
  }
}
