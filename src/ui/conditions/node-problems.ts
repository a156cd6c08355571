import type { Problem } from '../../domain/problem.ts';
import { nodeKey, type ConditionPath } from '../../engine/eligibility/conditions/trace.ts';
import { isGroup, isNot } from './tree-edit.ts';

/** A problem placed on the node it concerns; `part` is what inside the node (`value`, `field`, `op[1]`…). */
export interface NodeProblem {
  readonly problem: Problem;
  readonly part?: string;
}

/** The key of every node of the tree (the root included when there is a tree). */
export function nodeKeys(tree: unknown): ReadonlySet<string> {
  const keys = new Set<string>();
  const visit = (node: unknown, path: ConditionPath) => {
    keys.add(nodeKey(path));
    if (isGroup(node)) node.of.forEach((child, i) => visit(child, [...path, i]));
    else if (isNot(node)) visit(node.of, [...path, 'of']);
  };
  if (tree !== undefined) visit(tree, []);
  return keys;
}

/**
 * Places problems whose `path` is relative to the tree's root on the deepest node that contains
 * it: "$.of[1].value" goes to node "$.of[1]" with part "value". A problem without a path, or one
 * pointing nowhere inside the tree, goes to the root.
 * @example problemsByNode(tree, [{ code: 'schema-invalid-type', severity: 'error', message: '…', path: '$.of[1].value' }]).get('$.of[1]')
 */
export function problemsByNode(tree: unknown, problems: readonly Problem[]): ReadonlyMap<string, readonly NodeProblem[]> {
  const keys = nodeKeys(tree);
  const out = new Map<string, NodeProblem[]>();
  for (const p of problems) {
    const path = p.path ?? '$';
    let key = path;
    while (!keys.has(key) && key !== '$' && key !== '') key = parentOf(key);
    if (!keys.has(key)) key = '$';
    const part = path.length > key.length ? path.slice(key.length).replace(/^\./, '') : undefined;
    const list = out.get(key) ?? [];
    list.push(part === undefined || part === '' ? { problem: p } : { problem: p, part });
    out.set(key, list);
  }
  return out;
}

/** "$.of[1].value" → "$.of[1]" → "$.of" → "$". */
function parentOf(path: string): string {
  const m = /^(.*?)(\.[A-Za-z_$][\w$]*|\[[^\]]*\])$/.exec(path);
  return m?.[1] === undefined || m[1] === '' ? '$' : m[1];
}

/**
 * The problems under a tree's place in a larger document, re-rooted at the tree: what the
 * builder's `problems` prop takes from a bundle's or a promotion's validation.
 * @example problemsUnder(problems, '$.promotions[3].conditions') // "$.promotions[3].conditions.of[1].value" → "$.of[1].value"
 */
export function problemsUnder(problems: readonly Problem[], root: string): readonly Problem[] {
  return problems.flatMap((p) => {
    const path = p.path;
    if (path === undefined) return [];
    if (path === root) return [{ ...p, path: '$' }];
    const rest = path.slice(root.length);
    if (!path.startsWith(root) || !(rest.startsWith('.') || rest.startsWith('['))) return [];
    return [{ ...p, path: `$${rest}` }];
  });
}
