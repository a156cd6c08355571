import { describe, expect, test } from 'vitest';
import { OffsetConverter } from '../../src/editor/convert.ts';

describe('OffsetConverter.position', () => {
  test.each([
    { source: 'a\nbc', offset: 0, line: 1, column: 1 },
    { source: 'a\nbc', offset: 1, line: 1, column: 2 },
    { source: 'a\nbc', offset: 2, line: 2, column: 1 },
    { source: 'a\nbc', offset: 4, line: 2, column: 3 },
    { source: 'a\r\nb', offset: 3, line: 2, column: 1 },
    { source: 'a\nbc', offset: 99, line: 2, column: 3 },
  ])('$offset in $source → $line:$column', ({ source, offset, line, column }) => {
    expect(new OffsetConverter(source).position(offset)).toEqual({ lineNumber: line, column });
  });
});

describe('OffsetConverter.offset', () => {
  test.each([
    { source: 'a\nbc', line: 2, column: 2, offset: 3 },
    { source: 'a\nbc', line: 1, column: 1, offset: 0 },
    { source: 'a\r\nb', line: 2, column: 2, offset: 4 },
    { source: 'a\nbc', line: 9, column: 9, offset: 4 },
  ])('$line:$column in $source → $offset', ({ source, line, column, offset }) => {
    expect(new OffsetConverter(source).offset({ lineNumber: line, column })).toBe(offset);
  });
});

describe('OffsetConverter.range', () => {
  test.each([
    { name: 'one word', source: 'set x', start: 4, end: 5, widen: false, range: [1, 5, 1, 6] },
    { name: 'across lines', source: 'ab\ncd', start: 1, end: 4, widen: false, range: [1, 2, 2, 2] },
    { name: 'empty stays empty without widening', source: 'set x to', start: 4, end: 4, widen: false, range: [1, 5, 1, 5] },
    { name: 'empty widened to the next character', source: 'set x to', start: 4, end: 4, widen: true, range: [1, 5, 1, 6] },
    { name: 'empty at a line end is not widened over the newline', source: 'ab\ncd', start: 2, end: 2, widen: true, range: [1, 3, 1, 3] },
    { name: 'empty at the end of the text', source: 'ab', start: 2, end: 2, widen: true, range: [1, 3, 1, 3] },
  ])('$name', ({ source, start, end, widen, range }) => {
    const [startLineNumber, startColumn, endLineNumber, endColumn] = range;
    expect(new OffsetConverter(source).range(start, end, widen)).toEqual({ startLineNumber, startColumn, endLineNumber, endColumn });
  });
});
