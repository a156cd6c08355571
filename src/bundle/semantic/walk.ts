import type { Bundle } from '../../domain/bundle.ts';
import type { Condition } from '../../domain/condition.ts';
import type { Promotion } from '../../domain/promotion.ts';
import type { Selection } from '../../domain/selector.ts';

type Path = readonly PropertyKey[];

/** Every condition node (all levels) of a promotion's `conditions` and `scope.customers`. */
export function forEachCondition(
  bundle: Bundle,
  visit: (condition: Condition, path: Path, promotion: Promotion) => void,
): void {
  bundle.promotions.forEach((p, i) => {
    if (p.conditions) walkCondition(p.conditions, ['promotions', i, 'conditions'], (c, path) => visit(c, path, p));
    p.scope?.customers.forEach((c, j) =>
      walkCondition(c, ['promotions', i, 'scope', 'customers', j], (node, path) => visit(node, path, p)),
    );
  });
}

function walkCondition(c: Condition, path: Path, visit: (c: Condition, path: Path) => void): void {
  visit(c, path);
  if (c.kind === 'all' || c.kind === 'any') c.of.forEach((child, k) => walkCondition(child, [...path, 'of', k], visit));
  else if (c.kind === 'not') walkCondition(c.of, [...path, 'of'], visit);
}

/** The product selection of a rule, when its kind has one. */
export function selectionOf(p: Promotion): Selection | undefined {
  return 'selection' in p.rule ? p.rule.selection : undefined;
}
