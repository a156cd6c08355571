import type { Bundle, Condition, LedgerState, Minor, Order, Promotion } from '../../../domain/index.ts';
import { emptyState, jsonPath } from '../../../domain/index.ts';
import { scriptHooks } from '../../scripts.ts';
import { makeContext } from '../context.ts';
import type { ContextHooks, EvalContext } from '../types.ts';
import { evaluateCondition } from './evaluate.ts';

/**
 * Where a node sits in a condition tree: a number picks a child of `all`/`any`, `'of'` the
 * child of `not`. `[]` is the root, `[0, 1]` the second child of the root's first child.
 */
export type ConditionPath = readonly (number | 'of')[];

/** The truth of one node for one order. */
export interface NodeTruth {
  readonly result: boolean;
  /** The value the node read off the order, as the engine shows it ("62.00", "[silver]"). */
  readonly observed?: string;
  /** The engine's sentence for the node ("subtotal 42.00 < 50.00"). */
  readonly text: string;
  /** Set when the node could not be decided (a script that cannot run); `result` is then false. */
  readonly error?: true;
}

/**
 * Per-node truth of a condition tree for one order, keyed by `nodeKey(path)`. `netSubtotal` says
 * whether `netSubtotal` leaves read the real net subtotal or, outside the pipeline, the gross one.
 */
export interface ConditionTrace {
  readonly nodes: Readonly<Record<string, NodeTruth>>;
  readonly netSubtotal: 'net' | 'gross';
}

/**
 * The key of a node: its JSON path from the tree's root, the same form as a problem's `path`.
 * @example nodeKey([0, 'of']) // '$.of[0].of'
 */
export function nodeKey(path: ConditionPath): string {
  return jsonPath(path.flatMap((p) => (p === 'of' ? ['of'] : ['of', p])));
}

/** The truth at a path, if the trace has it. */
export const truthAt = (trace: ConditionTrace | undefined, path: ConditionPath): NodeTruth | undefined =>
  trace?.nodes[nodeKey(path)];

/**
 * Every node's truth, each node decided by the engine's own `evaluateCondition` (so a group's
 * result is exactly what the engine would decide for it), not only the nodes the engine's
 * short-circuit reaches: an analyst sees every leaf that blocks.
 * @example traceCondition({ kind: 'all', of: [leaf] }, ctx, 4200n).nodes['$.of[0]'] // { result: false, observed: '42.00', text: 'subtotal 42.00 < 50.00' }
 */
export function traceCondition(
  condition: Condition, ctx: EvalContext, netSubtotal: Minor, promotion?: Promotion, netIs: 'net' | 'gross' = 'net',
): ConditionTrace {
  const nodes: Record<string, NodeTruth> = {};
  const visit = (c: Condition, path: ConditionPath): void => {
    const v = evaluateCondition(c, ctx, netSubtotal, promotion);
    nodes[nodeKey(path)] = v.kind === 'error'
      ? { result: false, text: v.message, error: true }
      : { result: v.kind === 'holds', text: v.text, ...(v.observed === undefined ? {} : { observed: v.observed }) };
    if (c.kind === 'all' || c.kind === 'any') c.of.forEach((child, i) => visit(child, [...path, i]));
    if (c.kind === 'not') visit(c.of, [...path, 'of']);
  };
  visit(condition, []);
  return { nodes, netSubtotal: netIs };
}

/** Traces of a promotion's condition trees for one order. */
export interface PromotionTraces {
  /** `promotion.conditions`, with `netSubtotal` read at the gross subtotal (see `ConditionTrace.netSubtotal`). */
  readonly conditions?: ConditionTrace;
  /**
   * `scope.customers` as the tree `{kind: 'any', of: filters}` (any one filter admits the
   * customer, SPEC §3.3), so filter i is node `[i]`; undefined when there are no filters. Scope
   * is decided before any promotion runs, so at the gross subtotal, as the engine does.
   */
  readonly customers?: ConditionTrace;
}

/**
 * Traces a promotion's conditions and qualifying-customer filters for an order, with the context
 * built as `evaluate` builds it (the bundle's condition scripts, optional outlet zones). The net
 * subtotal of the promotion's priority level is only known inside the pipeline, so here
 * `netSubtotal` leaves read the gross subtotal and the trace says so.
 * @example traceForOrder(bundle, order, promotion).conditions?.nodes['$'].result // false
 */
export function traceForOrder(
  bundle: Bundle, order: Order, promotion: Promotion, state: LedgerState = emptyState(), hooks: ContextHooks = {},
): PromotionTraces {
  const ctx = makeContext(bundle, order, state, { runScript: scriptHooks(bundle).runScript, ...hooks });
  const gross = ctx.grossSubtotal;
  const filters = promotion.scope?.customers ?? [];
  return {
    ...(promotion.conditions === undefined ? {} : { conditions: traceCondition(promotion.conditions, ctx, gross, promotion, 'gross') }),
    ...(filters.length === 0 ? {} : { customers: traceCondition({ kind: 'any', of: filters }, ctx, gross, promotion, 'gross') }),
  };
}
