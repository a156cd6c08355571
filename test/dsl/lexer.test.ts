import { describe, expect, it } from 'vitest';
import { lex } from '../../src/dsl/lexer.ts';

const kinds = (src: string): string[] => lex(src).tokens.map((t) => `${t.kind}:${t.kind === 'newline' ? '\\n' : t.value}`);

describe('lexer token table', () => {
  it.each([
    ['set x to 10', ['keyword:set', 'identifier:x', 'keyword:to', 'number:10', 'eof:']],
    ['10.0 -3', ['number:10.0', 'operator:-', 'number:3', 'eof:']],
    ['10.', ['number:10', 'operator:.', 'eof:']],
    ["'it''s'", ["string:it's", 'eof:']],
    ["'a\nb'", ['string:a\nb', 'eof:']],
    ['a <> b <= c >= d < e > f = g', ['identifier:a', 'operator:<>', 'identifier:b', 'operator:<=', 'identifier:c', 'operator:>=', 'identifier:d', 'operator:<', 'identifier:e', 'operator:>', 'identifier:f', 'operator:=', 'identifier:g', 'eof:']],
    ['x # note\ny', ['identifier:x', 'comment: note', 'newline:\\n', 'identifier:y', 'eof:']],
    ['If IF if', ['identifier:If', 'identifier:IF', 'keyword:if', 'eof:']],
    ['has no value', ['keyword:has', 'identifier:no', 'identifier:value', 'eof:']],
    ['User.CustomFields.QA_x1', ['identifier:User', 'operator:.', 'identifier:CustomFields', 'operator:.', 'identifier:QA_x1', 'eof:']],
    ['a\r\nb\rc', ['identifier:a', 'newline:\\n', 'identifier:b', 'newline:\\n', 'identifier:c', 'eof:']],
    ['(1+2)*3/4,5', ['operator:(', 'number:1', 'operator:+', 'number:2', 'operator:)', 'operator:*', 'number:3', 'operator:/', 'number:4', 'operator:,', 'number:5', 'eof:']],
  ])('%j', (src, expected) => {
    expect(kinds(src)).toEqual(expected);
    expect(lex(src).diagnostics).toEqual([]);
  });

  it('keeps token offsets', () => {
    expect(lex('set  x').tokens.map((t) => [t.start, t.end])).toEqual([[0, 3], [5, 6], [6, 6]]);
  });

  it('splits interpolated strings into text and holes with real offsets', () => {
    const src = "$'Total {Order.Total} ''q'' {{x}}'";
    const [t] = lex(src).tokens;
    expect(t!.kind).toBe('template');
    expect(t!.parts).toEqual([
      { kind: 'text', value: 'Total ', start: 2, end: 8 },
      { kind: 'hole', start: 9, end: 20 },
      { kind: 'text', value: " 'q' {x}", start: 21, end: 33 },
    ]);
    expect(src.slice(9, 20)).toBe('Order.Total');
  });

  it('lets a hole hold a string with a closing brace', () => {
    const src = "$'{a = '}'}'";
    const [t] = lex(src).tokens;
    expect(t!.parts).toEqual([{ kind: 'hole', start: 3, end: 10 }]);
  });
});

describe('lexer errors are data', () => {
  it.each([
    ['x @ y', 'unexpected-character', 2, 3],
    ['x 😀', 'unexpected-character', 2, 4],
    ["set x to 'abc", 'unterminated-string', 9, 13],
    ["$'abc {x", 'unterminated-interpolation', 6, 8],
    ["$'abc", 'unterminated-string', 0, 5],
  ])('%j → %s', (src, code, start, end) => {
    expect(lex(src).diagnostics).toEqual([expect.objectContaining({ code, start, end, severity: 'error' })]);
  });
});
