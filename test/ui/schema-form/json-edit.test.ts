import { describe, expect, it } from 'vitest';
import { getIn, moveAt, parseJsonPath, removeAt, setIn } from '../../../src/ui/schema-form/json-edit.ts';
import { jsonPath } from '../../../src/domain/problem.ts';

describe('json-edit', () => {
  it.each([
    [{ a: { b: 1 } }, ['a', 'b'], 1],
    [{ a: [10, 20] }, ['a', 1], 20],
    [{ a: 1 }, ['a', 'b'], undefined],
    [null, ['a'], undefined],
  ])('getIn(%j, %j) = %j', (value, path, expected) => {
    expect(getIn(value, path)).toEqual(expected);
  });

  it.each([
    [{ a: { b: 1 } }, ['a', 'c'], 2, { a: { b: 1, c: 2 } }],
    [{}, ['tiers', 0, 'reward'], { kind: 'free' }, { tiers: [{ reward: { kind: 'free' } }] }],
    [{ a: 1, b: 2 }, ['a'], undefined, { b: 2 }],
    [{ a: [1, 2, 3] }, ['a', 1], 9, { a: [1, 9, 3] }],
  ])('setIn(%j, %j, %j) = %j and leaves the input alone', (value, path, next, expected) => {
    const before = JSON.stringify(value);
    expect(setIn(value, path, next)).toEqual(expected);
    expect(JSON.stringify(value)).toBe(before);
  });

  it.each([
    [[1, 2, 3], 0, 2, [2, 3, 1]],
    [[1, 2, 3], 2, 0, [3, 1, 2]],
    [[1, 2, 3], 1, 9, [1, 3, 2]],
  ])('moveAt(%j, %i → %i) = %j', (list, from, to, expected) => {
    expect(moveAt({ l: list }, ['l'], from, to)).toEqual({ l: expected });
  });

  it('removeAt drops one element', () => {
    expect(removeAt({ l: ['a', 'b', 'c'] }, ['l'], 1)).toEqual({ l: ['a', 'c'] });
  });

  it.each([
    [[]],
    [['promotions', 3, 'rule', 'tiers', 0]],
    [['customFields', 'odd key', 'x']],
  ])('parseJsonPath inverts jsonPath for %j', (segments) => {
    expect(parseJsonPath(jsonPath(segments))).toEqual(segments);
  });
});
