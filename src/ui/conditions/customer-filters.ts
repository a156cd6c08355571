import type { Problem } from '../../domain/problem.ts';
import { isGroup } from './tree-edit.ts';

/**
 * `scope.customers` is a list of conditions, any one of which admits the customer (SPEC §3.3).
 * The builder edits it as one tree, `{kind: 'any', of: filters}`, so filter i is node [i] and
 * the same builder, trace and problems serve both. An edit that turns the root into something
 * else (an "all" group, a single leaf) becomes a list of that one filter: the meaning is kept.
 */

/** The filters as the builder's value; no filters = no conditions (undefined). */
export const filtersAsTree = (filters: readonly unknown[]): unknown => (filters.length === 0 ? undefined : { kind: 'any', of: filters });

/**
 * The builder's value back as the filter list.
 * @example treeAsFilters({ kind: 'any', of: [a, b] }) // [a, b]
 */
export function treeAsFilters(tree: unknown): readonly unknown[] {
  if (tree === undefined) return [];
  if (isGroup(tree) && tree['kind'] === 'any') return tree.of;
  return [tree];
}

/**
 * Problems of the filter list re-rooted for the builder: `<root>[i]…` becomes `$.of[i]…`.
 * @example filterProblems(problems, '$.promotions[2].scope.customers') // "$.promotions[2].scope.customers[1].value" → "$.of[1].value"
 */
export function filterProblems(problems: readonly Problem[], root: string): readonly Problem[] {
  return problems.flatMap((p) => {
    if (p.path === undefined || !p.path.startsWith(root)) return [];
    const rest = p.path.slice(root.length);
    if (rest === '') return [{ ...p, path: '$' }];
    return rest.startsWith('[') ? [{ ...p, path: `$.of${rest}` }] : [];
  });
}
