import type { ConditionPath } from '../../engine/eligibility/conditions/trace.ts';

/**
 * Pure edits of a condition tree in its input JSON form. The tree may be invalid while an analyst
 * edits it (a leaf without a value, an unknown field), so edits look only at the structure:
 * an object whose `of` is an array is a group (`all`/`any`), one whose `of` is an object a `not`.
 * Every edit returns a new tree (the input is never mutated) and the path where the edited node
 * now sits, so focus can follow it; an edit that does not apply says why and changes nothing.
 */

export type EditResult =
  | { readonly ok: true; readonly tree: unknown; readonly path: ConditionPath }
  | { readonly ok: false; readonly reason: string };

type Json = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for `all`/`any` (children in a list). */
export const isGroup = (v: unknown): v is Json & { readonly of: readonly unknown[] } => isObject(v) && Array.isArray(v['of']);

/** True for `not` (one child). */
export const isNot = (v: unknown): v is Json & { readonly of: unknown } => isObject(v) && v['kind'] === 'not' && isObject(v['of']);

/**
 * The node at a path, or undefined when the path leads nowhere.
 * @example nodeAt({ kind: 'all', of: [a, b] }, [1]) // b
 */
export function nodeAt(tree: unknown, path: ConditionPath): unknown {
  let node = tree;
  for (const step of path) {
    if (step === 'of') {
      if (!isNot(node)) return undefined;
      node = node.of;
    } else {
      if (!isGroup(node)) return undefined;
      node = node.of[step];
    }
  }
  return node;
}

const fail = (reason: string): EditResult => ({ ok: false, reason });
const done = (tree: unknown, path: ConditionPath): EditResult => ({ ok: true, tree, path });

/** Rebuilds the tree with the node at `path` replaced by `f(node)`; undefined when the path leads nowhere. */
function updateAt(tree: unknown, path: ConditionPath, f: (node: unknown) => unknown): unknown {
  if (path.length === 0) return f(tree);
  const [step, ...rest] = path;
  if (step === 'of') {
    if (!isNot(tree)) return undefined;
    const child = updateAt(tree.of, rest, f);
    return child === undefined ? undefined : { ...tree, of: child };
  }
  if (!isGroup(tree) || step === undefined || step < 0 || step >= tree.of.length) return undefined;
  const child = updateAt(tree.of[step], rest, f);
  if (child === undefined) return undefined;
  return { ...tree, of: tree.of.map((c, i) => (i === step ? child : c)) };
}

/**
 * Replaces the node at a path.
 * @example replaceAt(tree, [0], { kind: 'leaf', field: 'channel', op: 'eq', value: 'online' })
 */
export function replaceAt(tree: unknown, path: ConditionPath, node: unknown): EditResult {
  const next = updateAt(tree, path, () => node);
  return next === undefined ? fail('There is no node there.') : done(next, path);
}

/**
 * Inserts a node as child `index` of the group at `groupPath` (clamped to the group's size).
 * @example insertAt({ kind: 'all', of: [] }, [], 0, leaf) // { ok: true, tree: { kind: 'all', of: [leaf] }, path: [0] }
 */
export function insertAt(tree: unknown, groupPath: ConditionPath, index: number, node: unknown): EditResult {
  const group = nodeAt(tree, groupPath);
  if (!isGroup(group)) return fail('Nodes can only be added to an "all" or "any" group.');
  const at = Math.max(0, Math.min(index, group.of.length));
  const next = updateAt(tree, groupPath, () => ({ ...group, of: [...group.of.slice(0, at), node, ...group.of.slice(at)] }));
  return done(next, [...groupPath, at]);
}

/**
 * Removes the node at a path. Removing the root leaves no conditions (`tree` undefined);
 * removing the child of a `not` removes the `not` too (a `not` of nothing means nothing).
 * The returned path is the node that takes the focus: the next sibling, else the previous, else the parent.
 */
export function removeAt(tree: unknown, path: ConditionPath): EditResult {
  if (path.length === 0) return done(undefined, []);
  if (nodeAt(tree, path) === undefined) return fail('There is no node there.');
  const parentPath = path.slice(0, -1);
  const step = path[path.length - 1]!;
  if (step === 'of') return removeAt(tree, parentPath);
  const parent = nodeAt(tree, parentPath) as Json & { readonly of: readonly unknown[] };
  const of = parent.of.filter((_, i) => i !== step);
  const next = updateAt(tree, parentPath, () => ({ ...parent, of }));
  const focus = of.length === 0 ? parentPath : [...parentPath, Math.min(step, of.length - 1)];
  return done(next, focus);
}

/**
 * Wraps the node at a path in a new group or `not`; the path then names the wrapper.
 * @example wrapAt(leaf, [], 'not') // { ok: true, tree: { kind: 'not', of: leaf }, path: [] }
 */
export function wrapAt(tree: unknown, path: ConditionPath, kind: 'all' | 'any' | 'not'): EditResult {
  const node = nodeAt(tree, path);
  if (node === undefined) return fail('There is no node there.');
  const wrapper = kind === 'not' ? { kind, of: node } : { kind, of: [node] };
  return done(updateAt(tree, path, () => wrapper), path);
}

/**
 * Replaces a `not` by its child, or a group by its children: spliced into the parent group, or
 * in place of the group when it has exactly one child. The path names the first unwrapped node.
 */
export function unwrapAt(tree: unknown, path: ConditionPath): EditResult {
  const node = nodeAt(tree, path);
  if (isNot(node)) return done(updateAt(tree, path, () => node.of), path);
  if (!isGroup(node)) return fail('Only a group or a "not" can be unwrapped.');
  if (node.of.length === 1) return done(updateAt(tree, path, () => node.of[0]), path);
  const parentPath = path.slice(0, -1);
  const step = path[path.length - 1];
  const parent = nodeAt(tree, parentPath);
  if (typeof step !== 'number' || !isGroup(parent)) {
    return fail('A group with several conditions can only be unwrapped inside another group.');
  }
  const of = [...parent.of.slice(0, step), ...node.of, ...parent.of.slice(step + 1)];
  return done(updateAt(tree, parentPath, () => ({ ...parent, of })), path);
}

/**
 * Moves a node to child `index` of the group at `toGroup`, where `index` counts the group's
 * children before the move. Refused into the node itself or one of its descendants.
 * @example moveTo(tree, [0], [2], 0) // the first child becomes the first child of the group that was third
 */
export function moveTo(tree: unknown, from: ConditionPath, toGroup: ConditionPath, index: number): EditResult {
  if (from.length === 0) return fail('The root cannot be moved.');
  const node = nodeAt(tree, from);
  if (node === undefined) return fail('There is no node there.');
  if (startsWith(toGroup, from)) return fail('A group cannot be moved into itself.');
  if (!isGroup(nodeAt(tree, toGroup))) return fail('Nodes can only be moved into an "all" or "any" group.');
  const last = from[from.length - 1]!;
  if (last === 'of') return fail('The condition inside a "not" cannot be moved; unwrap the "not" first.');
  const fromParent = from.slice(0, -1);
  // Removing the node shifts later siblings (and their descendants) one place up.
  const target = [...toGroup];
  let at = index;
  if (startsWith(toGroup, fromParent) && toGroup.length > fromParent.length) {
    const i = toGroup[fromParent.length];
    if (typeof i === 'number' && i > last) target[fromParent.length] = i - 1;
  }
  if (samePath(toGroup, fromParent) && index > last) at = index - 1;
  const parent = nodeAt(tree, fromParent) as Json & { readonly of: readonly unknown[] };
  const without = updateAt(tree, fromParent, () => ({ ...parent, of: parent.of.filter((_, i) => i !== last) }));
  return insertAt(without, target, at, node);
}

/** Moves a node one place up (-1) or down (+1) among its siblings. */
export function moveAmongSiblings(tree: unknown, path: ConditionPath, delta: -1 | 1): EditResult {
  const last = path[path.length - 1];
  if (typeof last !== 'number') return fail('Only a condition inside a group can move among siblings.');
  const parentPath = path.slice(0, -1);
  const parent = nodeAt(tree, parentPath);
  if (!isGroup(parent)) return fail('There is no node there.');
  const to = last + delta;
  if (to < 0 || to >= parent.of.length) return fail(delta < 0 ? 'Already the first in its group.' : 'Already the last in its group.');
  const of = [...parent.of];
  [of[last], of[to]] = [of[to], of[last]];
  return done(updateAt(tree, parentPath, () => ({ ...parent, of })), [...parentPath, to]);
}

/**
 * Moves a node into the neighbouring group: the previous sibling (as its last child) when it is
 * a group, else the next sibling (as its first child).
 */
export function moveIntoSibling(tree: unknown, path: ConditionPath): EditResult {
  const last = path[path.length - 1];
  if (typeof last !== 'number') return fail('Only a condition inside a group can move into another group.');
  const parentPath = path.slice(0, -1);
  const parent = nodeAt(tree, parentPath);
  if (!isGroup(parent)) return fail('There is no node there.');
  const before = parent.of[last - 1];
  if (last > 0 && isGroup(before)) return moveTo(tree, path, [...parentPath, last - 1], before.of.length);
  if (isGroup(parent.of[last + 1])) return moveTo(tree, path, [...parentPath, last + 1], 0);
  return fail('There is no group next to it to move into.');
}

/** Moves a node out of its group into the group around it, just after the group it left. */
export function moveOut(tree: unknown, path: ConditionPath): EditResult {
  const last = path[path.length - 1];
  if (typeof last !== 'number' || path.length < 2) return fail('It is not inside a nested group.');
  const parentPath = path.slice(0, -1);
  const parentStep = parentPath[parentPath.length - 1];
  const grandPath = parentPath.slice(0, -1);
  if (typeof parentStep !== 'number' || !isGroup(nodeAt(tree, grandPath))) {
    return fail('Its group is not inside an "all" or "any" group.');
  }
  return moveTo(tree, path, grandPath, parentStep + 1);
}

function startsWith(path: ConditionPath, prefix: ConditionPath): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => path[i] === p);
}

const samePath = (a: ConditionPath, b: ConditionPath): boolean => a.length === b.length && startsWith(a, b);
