import { expect, it } from 'vitest';
import { emptyFreeValue, freeValueKind, type FreeValueKind } from '../../../src/ui/conditions/free-value-kind.ts';

it.each<[unknown, FreeValueKind]>([
  ['business', 'text'], [12, 'number'], [true, 'boolean'], ['2026-01-31', 'date'], [['2026-01-31', '2026-12-31'], 'date'],
  [[3, 4], 'number'], [undefined, 'text'], ['2026-1-31', 'text'], [[], 'text'],
])('%j reads as %s', (value, kind) => {
  expect(freeValueKind(value)).toBe(kind);
});

it.each<[FreeValueKind, unknown, unknown]>([
  ['number', 'x', 0], ['boolean', 'x', true], ['date', ['a', 'b'], ['2026-05-04', '2026-05-04']], ['date', 'x', '2026-05-04'], ['number', ['a'], []], ['text', undefined, undefined],
])('empty %s in the shape of %j', (kind, value, expected) => {
  expect(emptyFreeValue(kind, value, '2026-05-04')).toEqual(expected);
  if (expected !== undefined) expect(freeValueKind(expected)).toBe(kind === 'number' && Array.isArray(expected) && expected.length === 0 ? 'text' : kind);
});
