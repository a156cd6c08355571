import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../src/domain/bounded-memo.ts';

describe('BoundedMemo', () => {
  it('computes a key once, and forgets everything when full so it never holds more than its limit', () => {
    const memo = new BoundedMemo<string>(3);
    const computed: string[] = [];
    const get = (k: string) => memo.get(k, () => (computed.push(k), k.toUpperCase()));
    expect([get('a'), get('b'), get('a'), get('c')]).toEqual(['A', 'B', 'A', 'C']);
    expect(computed).toEqual(['a', 'b', 'c']);
    expect(memo.size).toBe(3);
    // Full: the next new key clears the memo first, so 'a' is computed again afterwards.
    expect(get('d')).toBe('D');
    expect(memo.size).toBe(1);
    expect(get('a')).toBe('A');
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});
