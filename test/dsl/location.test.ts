import { describe, expect, it } from 'vitest';
import { LineMap } from '../../src/dsl/location.ts';

describe('LineMap converts offsets to 1-based line/column and back', () => {
  const src = 'ab\ncd\r\nef\rg';
  const map = new LineMap(src);
  it.each([
    [0, 1, 1], [2, 1, 3], [3, 2, 1], [5, 2, 3], [7, 3, 1], [10, 4, 1], [11, 4, 2],
  ])('offset %i → %i:%i', (offset, line, column) => {
    expect(map.position(offset)).toEqual({ line, column });
    expect(map.offset(line, column)).toBe(offset);
  });
  it('counts lines and clamps', () => {
    expect(map.lineCount).toBe(4);
    expect(map.position(99)).toEqual({ line: 4, column: 2 });
    expect(new LineMap('').position(0)).toEqual({ line: 1, column: 1 });
  });
});
