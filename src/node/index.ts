/**
 * The library a production service imports (built to dist-node/, `import … from 'promo-workbench'`):
 * load a bundle once, evaluate many orders with the WASM solver, commit each completed order to the
 * ledger. Inputs are untrusted JSON (text or parsed values) and go through the same secure parser
 * and schemas as the workbench and the CLI; every failure is a `Result` with problems, never a throw.
 *
 * @example
 * const r = await loadBundle(readFileSync('bundle.json', 'utf8'));
 * if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
 * const engine = r.value;
 * const result = engine.evaluate(orderJson);
 * if (result.ok) state = engine.commit(state, result.value);
 */
import type { Bundle, EvaluationResult, LedgerState, Order, Problem, Result } from '../domain/index.ts';
import { LedgerStateSchema, OrderSchema, emptyState, fail, ok, problem } from '../domain/index.ts';
import { importBundle, importBundleValue } from '../bundle/import.ts';
import type { SignaturePolicy } from '../bundle/signature.ts';
import { schemaProblems } from '../bundle/schema-problems.ts';
import { MAX_ORDER_BYTES, secureParse } from '../bundle/secure-parse.ts';
import { commit, evaluate, explain } from '../engine/index.ts';
import type { LevelSolver } from '../engine/solver/types.ts';
import { nodeSolver } from '../wasm/node.ts';

export type { Bundle, EvaluationResult, LedgerState, Order, Problem, Result, SignaturePolicy };

/** Which level solver evaluates: `wasm` (solver.wasm, what production runs) or the TypeScript `reference`. */
export type SolverName = 'wasm' | 'reference';

export interface LoadOptions {
  /** Default `wasm`; loading fails with `solver-unavailable` when solver.wasm cannot be loaded. */
  readonly solver?: SolverName;
  /**
   * Who must have signed the bundle. `{ require: true, trustedKeys: [pem] }` refuses unsigned,
   * altered or untrusted bundles whatever the bundle says about itself; the default accepts
   * unsigned bundles and refuses only a signature that does not match its content.
   */
  readonly signature?: SignaturePolicy;
}

/** One loaded bundle: evaluate as many orders as needed against it. */
export interface PromoEngine {
  readonly bundle: Bundle;
  readonly solver: SolverName;
  /** Warnings and notes from the import (e.g. `revision-missing`). */
  readonly notes: readonly Problem[];
  /**
   * Evaluates one order (an Order or a saved basket's `order`, as JSON text or a parsed value)
   * against the ledger `state` (default: empty). Never touches the state.
   */
  evaluate(order: unknown, state?: LedgerState): Result<EvaluationResult>;
  /** The ledger after `order` completed with `result` (uses, budgets, points, issued codes). */
  commit(state: LedgerState, order: Order, result: EvaluationResult): LedgerState;
  /** The result in words, as `promo explain` prints it. */
  explain(result: EvaluationResult): string;
}

/**
 * Imports a bundle (JSON text or a parsed value) and returns an engine bound to it.
 * @example const r = await loadBundle(text); if (r.ok) r.value.evaluate(order)
 */
export async function loadBundle(source: unknown, options: LoadOptions = {}): Promise<Result<PromoEngine>> {
  const solverName = options.solver ?? 'wasm';
  let solveLevel: LevelSolver | undefined;
  if (solverName === 'wasm') {
    try {
      const solver = nodeSolver();
      solveLevel = solver.solveLevel;
    } catch (e) {
      return fail([problem('solver-unavailable', `solver.wasm could not be loaded: ${e instanceof Error ? e.message : String(e)}`)]);
    }
  }
  const policy = options.signature === undefined ? {} : { signature: options.signature };
  const imported = typeof source === 'string' ? await importBundle(source, policy) : await importBundleValue(source, policy);
  if (!imported.ok) return imported;
  const bundle = imported.value;
  const options_ = solveLevel === undefined ? {} : { solveLevel };
  const engine: PromoEngine = {
    bundle,
    solver: solverName,
    notes: imported.problems ?? [],
    evaluate(orderInput, state = emptyState()) {
      const order = parseOrder(orderInput);
      if (!order.ok) return order;
      try {
        return ok(evaluate(bundle, order.value, state, options_));
      } catch (e) {
        return fail([problem('evaluation-failed', e instanceof Error ? e.message : String(e))]);
      }
    },
    commit: (state, order, result) => commit(state, order, result, bundle),
    explain: (result) => explain(result, bundle),
  };
  return ok(engine);
}

/**
 * An order from untrusted input: JSON text (secure parser, order-sized limit) or a parsed value,
 * checked against the order schema; problems carry JSON paths.
 * @example parseOrder('{"id":"o-1","lines":[…]}')
 */
export function parseOrder(input: unknown): Result<Order> {
  const value = fromText(input);
  if (!value.ok) return value;
  const r = OrderSchema.safeParse(value.value);
  return r.success ? ok(r.data) : fail(schemaProblems(r.error.issues, value.value));
}

/** A ledger state from untrusted input, like `parseOrder`. @example parseState(readFileSync('state.json', 'utf8')) */
export function parseState(input: unknown): Result<LedgerState> {
  const value = fromText(input);
  if (!value.ok) return value;
  const r = LedgerStateSchema.safeParse(value.value);
  return r.success ? ok(r.data) : fail(schemaProblems(r.error.issues, value.value));
}

export { emptyState };
/** Units in a list of runs (result lines' units, an application's units). */
export { copiesIn, unitCount } from '../domain/result.ts';

function fromText(input: unknown): Result<unknown> {
  return typeof input === 'string' ? secureParse(input, { maxBytes: MAX_ORDER_BYTES, what: 'an order or state file' }) : ok(input);
}

/** Batch solving on worker_threads (many levels at once): the pool and its client, as the workbench uses them. */
export { createNodeSolverPool } from './solver-pool.ts';
export { PoolSolverClient } from '../workers-client/batch-client.ts';
