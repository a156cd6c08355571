import { describe, expect, it } from 'vitest';
import { firstNonJson } from '../../src/storage/plain-json.ts';

class Money { constructor(readonly v: string) {} }

describe('firstNonJson', () => {
  it.each<[string, unknown, string | undefined]>([
    ['plain object', { a: [1, 'x', true, null, { b: {} }] }, undefined],
    ['undefined member is dropped, not an error', { a: undefined }, undefined],
    ['bigint', { a: [1, 2n] }, '$.a[1]'],
    ['class instance', { price: new Money('1') }, '$.price'],
    ['date', { at: new Date(0) }, '$.at'],
    ['NaN', { n: Number.NaN }, '$.n'],
    ['undefined in an array', [undefined], '$[0]'],
    ['function', { f: () => 1 }, '$.f'],
  ])('%s', (_name, value, expected) => {
    expect(firstNonJson(value)).toBe(expected);
  });
});
