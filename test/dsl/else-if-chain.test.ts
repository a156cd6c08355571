import { describe, expect, it } from 'vitest';
import { parse } from '../../src/dsl/parser.ts';
import { lines } from '../support/dsl-factories.ts';

/**
 * Decision: `else` followed by `if` — on the same line or on the next non-blank line — continues
 * the chain, and one `end` closes it (the source product's sample puts `if` on the line after `else`).
 */
describe('else NEWLINE if continues the chain', () => {
  it.each([
    ['same line', lines('if a then', 'set x to 1', 'else if b then', 'set x to 2', 'end')],
    ['next line', lines('if a then', 'set x to 1', 'else', 'if b then', 'set x to 2', 'end')],
    ['after blank lines and a comment', lines('if a then', 'set x to 1', 'else', '', '# other', 'if b then', 'set x to 2', 'end')],
  ])('%s: one `end` closes a two-branch chain', (_, src) => {
    const r = parse(src);
    expect(r.diagnostics).toEqual([]);
    const s = r.program.statements[0]!;
    expect(s.kind).toBe('IfStatement');
    if (s.kind !== 'IfStatement') return;
    expect(s.branches).toHaveLength(2);
    expect(s.otherwise).toBeNull();
  });

  it('an `else` with another first statement is a plain else block', () => {
    const r = parse(lines('if a then', 'set x to 1', 'else', 'set y to 2', 'if b then', 'set x to 2', 'end', 'end'));
    expect(r.diagnostics).toEqual([]);
    const s = r.program.statements[0]!;
    expect(s.kind === 'IfStatement' && s.otherwise?.body.map((b) => b.kind)).toEqual(['SetStatement', 'IfStatement']);
  });

  it('a nested if written with its own `end` right after `else` leaves one `end` too many', () => {
    const src = lines('if a then', 'set x to 1', 'else', 'if b then', 'set x to 2', 'end', 'end');
    expect(parse(src).diagnostics.map((d) => [d.code, d.start, d.end])).toEqual([['unexpected-token', src.length - 3, src.length]]);
  });
});
