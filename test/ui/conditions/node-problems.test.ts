import { describe, expect, it } from 'vitest';
import { problem } from '../../../src/domain/problem.ts';
import { nodeKeys, problemsByNode, problemsUnder } from '../../../src/ui/conditions/node-problems.ts';

const leaf = { kind: 'leaf', field: 'subtotal', op: 'gte', value: 'x' };
const tree = { kind: 'all', of: [leaf, { kind: 'not', of: { kind: 'any', of: [leaf] } }] };

it('nodeKeys lists every node', () => {
  expect([...nodeKeys(tree)]).toEqual(['$', '$.of[0]', '$.of[1]', '$.of[1].of', '$.of[1].of.of[0]']);
  expect(nodeKeys(undefined).size).toBe(0);
});

describe('problemsByNode', () => {
  it.each<[string | undefined, string, string | undefined]>([
    ['$.of[0].value', '$.of[0]', 'value'],
    ['$.of[1].of.of[0].op', '$.of[1].of.of[0]', 'op'],
    ['$.of[0].value[1]', '$.of[0]', 'value[1]'],
    ['$.of[1].of', '$.of[1].of', undefined],
    ['$.of[7].field', '$', 'of[7].field'],
    ['$', '$', undefined],
    [undefined, '$', undefined],
  ])('%s goes to %s', (path, key, part) => {
    const p = problem('schema-invalid-type', 'msg', path);
    const placed = problemsByNode(tree, [p]).get(key);
    expect(placed).toEqual([part === undefined ? { problem: p } : { problem: p, part }]);
  });
});

describe('problemsUnder', () => {
  const at = (path: string | undefined) => problem('c', 'm', path);
  it.each<[string | undefined, string | undefined]>([
    ['$.promotions[3].conditions', '$'],
    ['$.promotions[3].conditions.of[1].value', '$.of[1].value'],
    ['$.promotions[3].conditionsX', undefined],
    ['$.promotions[30].conditions', undefined],
    ['$.promotions[3].rule', undefined],
    [undefined, undefined],
  ])('%s → %s', (path, expected) => {
    const out = problemsUnder([at(path)], '$.promotions[3].conditions');
    expect(out.map((p) => p.path)).toEqual(expected === undefined ? [] : [expected]);
  });
});
