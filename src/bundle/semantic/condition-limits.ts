import { LIMITS, formatCount } from '../../domain/limits.ts';
import type { Condition } from '../../domain/condition.ts';
import { promotionLabel, type SemanticContext } from './context.ts';

/**
 * Condition trees stay shallow and small: every order evaluates every promotion's conditions, so
 * their size is evaluation time. Depth counts `all`/`any`/`not` levels (a leaf alone is 1); nodes
 * count every group and leaf of a promotion's `conditions` and `scope.customers` together.
 * Walks with an explicit stack, so a tree of any depth is measured without recursion.
 */
export function conditionLimits(ctx: SemanticContext): void {
  ctx.bundle.promotions.forEach((p, i) => {
    const roots: { c: Condition; path: PropertyKey[] }[] = [];
    if (p.conditions) roots.push({ c: p.conditions, path: ['promotions', i, 'conditions'] });
    p.scope?.customers.forEach((c, j) => roots.push({ c, path: ['promotions', i, 'scope', 'customers', j] }));
    let nodes = 0;
    let deepest: { depth: number; path: PropertyKey[] } | undefined;
    const stack = roots.map((r) => ({ ...r, depth: 1 }));
    while (stack.length > 0) {
      const { c, path, depth } = stack.pop()!;
      nodes++;
      if (depth > LIMITS.conditionDepth && deepest === undefined) deepest = { depth, path };
      if (c.kind === 'all' || c.kind === 'any') c.of.forEach((child, k) => stack.push({ c: child, path: [...path, 'of', k], depth: depth + 1 }));
      else if (c.kind === 'not') stack.push({ c: c.of, path: [...path, 'of'], depth: depth + 1 });
    }
    if (deepest !== undefined) {
      ctx.report('limit-condition-depth', `${promotionLabel(p)}: conditions nest deeper than ${LIMITS.conditionDepth} levels`, deepest.path);
    }
    if (nodes > LIMITS.conditionNodes) {
      ctx.report('limit-condition-nodes', `${promotionLabel(p)}: ${formatCount(nodes)} condition nodes; the limit is ${formatCount(LIMITS.conditionNodes)}`, ['promotions', i]);
    }
  });
}
