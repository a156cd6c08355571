import { describe, expect, it } from 'vitest';
import { parse } from '../../src/dsl/parser.ts';
import { pointAt, rangeOf } from '../support/dsl-factories.ts';

type Expected = readonly [code: string, range: { start: number; end: number }];

/** Each malformed script with the exact syntax diagnostics (code and range) it must produce. */
const CASES: readonly (readonly [string, (src: string) => readonly Expected[]])[] = [
  ['set x to', (s) => [['expected-expression', { start: s.length, end: s.length }]]],
  ['set x to\noutput 1', (s) => [['expected-expression', pointAt(s, '\n')]]],
  ['set to 1', (s) => [['expected-token', rangeOf(s, 'to')]]],
  ['set x = 1', (s) => [['expected-token', rangeOf(s, '=')]]],
  ['set x 1', (s) => [['expected-token', rangeOf(s, '1')]]],
  ['set if to 1', (s) => [['expected-token', rangeOf(s, 'if')]]],
  ['set x to 1 2', (s) => [['unexpected-token', rangeOf(s, '2')]]],
  ['set x to 1 +', (s) => [['expected-expression', { start: s.length, end: s.length }]]],
  ['set x to (1 + 2', (s) => [['expected-token', { start: s.length, end: s.length }]]],
  ['set x to 1 + 2)', (s) => [['unexpected-token', rangeOf(s, ')')]]],
  ['set x to a.', (s) => [['expected-token', { start: s.length, end: s.length }]]],
  ['set x to a.1', (s) => [['expected-token', rangeOf(s, '1')]]],
  ['set x to a = b = c', (s) => [['unexpected-token', rangeOf(s, '=', 1)]]],
  ['set x to a has', (s) => [['expected-token', { start: s.length, end: s.length }]]],
  ['set x to a has no', (s) => [['expected-token', { start: s.length, end: s.length }]]],
  ['set x to when a 1', (s) => [['expected-token', rangeOf(s, '1')]]],
  ['set x to when a then 1 else 2', (s) => [['expected-token', rangeOf(s, '2')]]],
  ["set x to 'abc", (s) => [['unterminated-string', { start: 9, end: s.length }]]],
  ["set x to $'a {b +}'", (s) => [['expected-expression', pointAt(s, '}')]]],
  ["set x to $'a {}'", (s) => [['expected-expression', pointAt(s, '}')]]],
  ["set x to $'a {b c}'", (s) => [['unexpected-token', rangeOf(s, 'c')]]],
  ["set x to $'a {b'", (s) => [['unterminated-interpolation', { start: rangeOf(s, '{').start, end: s.length }]]],
  ['set x to 1 @ 2', (s) => [['unexpected-character', rangeOf(s, '@')], ['unexpected-token', rangeOf(s, '2')]]],
  ['x = 1', (s) => [['unexpected-token', rangeOf(s, 'x')]]],
  ['Set x to 1', (s) => [['unexpected-token', rangeOf(s, 'Set')]]],
  ['then', (s) => [['unexpected-token', rangeOf(s, 'then')]]],
  ['end', (s) => [['unexpected-token', rangeOf(s, 'end')]]],
  ['else\nset x to 1', (s) => [['unexpected-token', rangeOf(s, 'else')]]],
  ['extend', (s) => [['expected-token', { start: s.length, end: s.length }]]],
  ['extend 5', (s) => [['expected-token', rangeOf(s, '5')]]],
  ['if a then\nset x to 1', (s) => [['unclosed-block', rangeOf(s, 'if')]]],
  ['foreach l in L\nset x to 1', (s) => [['unclosed-block', rangeOf(s, 'foreach')]]],
  ['if a\nset x to 1\nend', (s) => [['expected-token', pointAt(s, '\n')]]],
  ['if then\nend', (s) => [['expected-expression', rangeOf(s, 'then')]]],
  ['if a then set x to 1\nend', (s) => [['expected-token', rangeOf(s, 'set')]]],
  ['if a then\nelse\nelse\nend', (s) => [['unexpected-token', rangeOf(s, 'else', 1)]]],
  ['foreach in L\nend', (s) => [['expected-token', rangeOf(s, 'in')]]],
  ['foreach l of L\nend', (s) => [['expected-token', rangeOf(s, 'of')]]],
  ['output', (s) => [['expected-expression', { start: s.length, end: s.length }]]],
  ['output a,', (s) => [['expected-expression', { start: s.length, end: s.length }]]],
  ['output a b', (s) => [['unexpected-token', rangeOf(s, 'b')]]],
  ['if a then\nset x to 1 end', (s) => [['unexpected-token', rangeOf(s, 'end')]]],
];

describe('malformed scripts: every syntax error with its exact code and range', () => {
  it('has at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('%j', (src, expected) => {
    const r = parse(src);
    expect(r.diagnostics.map((d) => [d.code, { start: d.start, end: d.end }])).toEqual(expected(src));
    expect(r.program.kind).toBe('Program');
  });
});

describe('recovery keeps going', () => {
  it('reports an error on each broken line and still parses the good ones', () => {
    const src = 'set a to\nset b to 2\nset c to )\noutput b';
    const r = parse(src);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['expected-expression', 'expected-expression']);
    expect(r.program.statements.map((s) => s.kind)).toEqual(['SetStatement', 'SetStatement', 'SetStatement', 'OutputStatement']);
  });

  it('keeps the body of an unclosed block', () => {
    const r = parse('if a then\nset x to 1\noutput x');
    const s = r.program.statements[0]!;
    expect(s.kind === 'IfStatement' && s.branches[0]!.body.length).toBe(2);
  });
});
