import { describe, expect, it } from 'vitest';
import { problem } from '../../../src/domain/problem.ts';
import { filterProblems, filtersAsTree, treeAsFilters } from '../../../src/ui/conditions/customer-filters.ts';

const a = { kind: 'leaf', field: 'segments', op: 'contains', value: 'gold' };
const b = { kind: 'leaf', field: 'points', op: 'gte', value: 100 };

describe('qualifying-customer filters as one "any" tree', () => {
  it.each<[string, unknown, readonly unknown[]]>([
    ['any root: its children', { kind: 'any', of: [a, b] }, [a, b]],
    ['no tree: no filters', undefined, []],
    ['an all root: one filter', { kind: 'all', of: [a, b] }, [{ kind: 'all', of: [a, b] }]],
    ['a leaf root: one filter', a, [a]],
  ])('%s', (_name, tree, filters) => {
    expect(treeAsFilters(tree)).toEqual(filters);
  });

  it('round-trips a list', () => {
    expect(treeAsFilters(filtersAsTree([a, b]))).toEqual([a, b]);
    expect(filtersAsTree([])).toBeUndefined();
  });

  it.each<[string | undefined, string | undefined]>([
    ['$.promotions[2].scope.customers[1].value', '$.of[1].value'],
    ['$.promotions[2].scope.customers', '$'],
    ['$.promotions[2].scope.customersX', undefined],
    ['$.promotions[2].scope.outlets[0]', undefined],
    [undefined, undefined],
  ])('problem at %s → %s', (path, expected) => {
    const out = filterProblems([problem('c', 'm', path)], '$.promotions[2].scope.customers');
    expect(out.map((p) => p.path)).toEqual(expected === undefined ? [] : [expected]);
  });
});
