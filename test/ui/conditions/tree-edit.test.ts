import { describe, expect, it } from 'vitest';
import type { ConditionPath } from '../../../src/engine/eligibility/conditions/trace.ts';
import {
  insertAt, moveAmongSiblings, moveIntoSibling, moveOut, moveTo, nodeAt, removeAt, replaceAt, unwrapAt, wrapAt,
  type EditResult,
} from '../../../src/ui/conditions/tree-edit.ts';

// Leaves are named by their value so a tree's shape reads at a glance in the tables below.
const l = (name: string) => ({ kind: 'leaf', field: 'outlet', op: 'eq', value: name });
const all = (...of: unknown[]) => ({ kind: 'all', of });
const any = (...of: unknown[]) => ({ kind: 'any', of });
const not = (of: unknown) => ({ kind: 'not', of });

/** all[a, any[b, c], not(d)] */
const tree = all(l('a'), any(l('b'), l('c')), not(l('d')));

const ok = (r: EditResult) => {
  if (!r.ok) throw new Error(`edit refused: ${r.reason}`);
  return r;
};

describe('nodeAt', () => {
  it.each<[ConditionPath, unknown]>([
    [[], tree], [[0], l('a')], [[1, 1], l('c')], [[2, 'of'], l('d')], [[5], undefined], [[0, 0], undefined], [[1, 'of'], undefined],
  ])('%j', (path, expected) => {
    expect(nodeAt(tree, path)).toEqual(expected);
  });
});

describe('edits that succeed', () => {
  it.each<[string, () => EditResult, unknown, ConditionPath]>([
    ['replace a leaf', () => replaceAt(tree, [1, 0], l('x')), all(l('a'), any(l('x'), l('c')), not(l('d'))), [1, 0]],
    ['replace the root', () => replaceAt(tree, [], l('x')), l('x'), []],
    ['insert first', () => insertAt(tree, [1], 0, l('x')), all(l('a'), any(l('x'), l('b'), l('c')), not(l('d'))), [1, 0]],
    ['insert past the end is clamped', () => insertAt(tree, [], 99, l('x')), all(l('a'), any(l('b'), l('c')), not(l('d')), l('x')), [3]],
    ['remove a middle child: focus on the next', () => removeAt(tree, [1]), all(l('a'), not(l('d'))), [1]],
    ['remove the last child: focus on the previous', () => removeAt(tree, [2]), all(l('a'), any(l('b'), l('c'))), [1]],
    ['remove an only child: focus on the group', () => removeAt(all(l('a')), [0]), all(), []],
    ['remove the child of a not removes the not', () => removeAt(tree, [2, 'of']), all(l('a'), any(l('b'), l('c'))), [1]],
    ['remove the root: no conditions', () => removeAt(tree, []), undefined, []],
    ['wrap a leaf in any', () => wrapAt(tree, [0], 'any'), all(any(l('a')), any(l('b'), l('c')), not(l('d'))), [0]],
    ['wrap the root in not', () => wrapAt(l('a'), [], 'not'), not(l('a')), []],
    ['unwrap a not', () => unwrapAt(tree, [2]), all(l('a'), any(l('b'), l('c')), l('d')), [2]],
    ['unwrap a group into its parent', () => unwrapAt(tree, [1]), all(l('a'), l('b'), l('c'), not(l('d'))), [1]],
    ['unwrap a one-child root group', () => unwrapAt(all(l('a')), []), l('a'), []],
    ['move up', () => moveAmongSiblings(tree, [1], -1), all(any(l('b'), l('c')), l('a'), not(l('d'))), [0]],
    ['move down', () => moveAmongSiblings(tree, [1, 0], 1), all(l('a'), any(l('c'), l('b')), not(l('d'))), [1, 1]],
    ['move into the next group (first)', () => moveIntoSibling(tree, [0]), all(any(l('a'), l('b'), l('c')), not(l('d'))), [0, 0]],
    ['move into the previous group (last)', () => moveIntoSibling(all(any(l('b')), l('a')), [1]), all(any(l('b'), l('a'))), [0, 1]],
    ['move out of a group, just after it', () => moveOut(tree, [1, 0]), all(l('a'), any(l('c')), l('b'), not(l('d'))), [2]],
    ['drag to a later sibling group', () => moveTo(tree, [0], [1], 2), all(any(l('b'), l('c'), l('a')), not(l('d'))), [0, 2]],
    ['drag down within a group', () => moveTo(tree, [0], [], 3), all(any(l('b'), l('c')), not(l('d')), l('a')), [2]],
    ['drag up within a group', () => moveTo(tree, [2], [], 0), all(not(l('d')), l('a'), any(l('b'), l('c'))), [0]],
    ['drag out of a nested group', () => moveTo(tree, [1, 1], [], 0), all(l('c'), l('a'), any(l('b')), not(l('d'))), [0]],
  ])('%s', (_name, edit, expectedTree, expectedPath) => {
    const r = ok(edit());
    expect(r.tree).toEqual(expectedTree);
    expect(r.path).toEqual(expectedPath);
  });
});

describe('edits that are refused leave nothing changed', () => {
  it.each<[string, () => EditResult]>([
    ['insert into a leaf', () => insertAt(tree, [0], 0, l('x'))],
    ['insert into a not', () => insertAt(tree, [2], 0, l('x'))],
    ['replace nowhere', () => replaceAt(tree, [7], l('x'))],
    ['remove nowhere', () => removeAt(tree, [7])],
    ['unwrap a leaf', () => unwrapAt(tree, [0])],
    ['unwrap a many-child root', () => unwrapAt(tree, [])],
    ['move the first up', () => moveAmongSiblings(tree, [0], -1)],
    ['move the last down', () => moveAmongSiblings(tree, [2], 1)],
    ['move the root', () => moveTo(tree, [], [1], 0)],
    ['move a group into itself', () => moveTo(tree, [1], [1], 0)],
    ['move into a leaf', () => moveTo(tree, [1], [0], 0)],
    ['move the child of a not', () => moveTo(tree, [2, 'of'], [1], 0)],
    ['move out of the root group', () => moveOut(tree, [0])],
    ['move into when no neighbour is a group', () => moveIntoSibling(all(l('a'), l('b')), [0])],
  ])('%s', (_name, edit) => {
    const before = structuredClone(tree);
    const r = edit();
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).not.toBe('');
    expect(tree).toEqual(before);
  });
});

it('never mutates its input', () => {
  const frozen = structuredClone(tree);
  deepFreeze(frozen);
  expect(() => [moveTo(frozen, [0], [1], 1), removeAt(frozen, [1, 0]), wrapAt(frozen, [2], 'all'), unwrapAt(frozen, [1])]).not.toThrow();
});

function deepFreeze(v: unknown): void {
  if (typeof v !== 'object' || v === null) return;
  Object.freeze(v);
  for (const x of Object.values(v)) deepFreeze(x);
}

it('edits trees that do not validate yet (a leaf without field or value)', () => {
  const draft = all({ kind: 'leaf' }, { kind: 'leaf', field: 'nope' });
  expect(ok(moveAmongSiblings(draft, [0], 1)).tree).toEqual(all({ kind: 'leaf', field: 'nope' }, { kind: 'leaf' }));
});
