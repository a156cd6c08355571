import { describe, expect, it } from 'vitest';
import type { Expression, SetStatement } from '../../src/dsl/ast.ts';
import { parse } from '../../src/dsl/parser.ts';
import { lines, sexpr } from '../support/dsl-factories.ts';

const expression = (src: string): Expression => {
  const r = parse(`set v to ${src}`);
  expect(r.diagnostics).toEqual([]);
  return (r.program.statements[0] as SetStatement).value;
};

describe('expression precedence, loosest first: when, or, and, not, comparison, + -, * /, unary -, member', () => {
  it.each([
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['1 - 2 - 3', '(- (- 1 2) 3)'],
    ['8 / 4 / 2', '(/ (/ 8 4) 2)'],
    ['-3', '(- 3)'],
    ['-a.B * 2', '(* (- a.B) 2)'],
    ['(1 + 2) * 3', '(* (paren (+ 1 2)) 3)'],
    ['a or b and c', '(or a (and b c))'],
    ['not a and b', '(and (not a) b)'],
    ['not a = b', '(not (= a b))'],
    ['a + 1 >= b * 2', '(>= (+ a 1) (* b 2))'],
    ['a <> b or c < d', '(or (<> a b) (< c d))'],
    ['x in L and y not in L', '(and (in x L) (not in y L))'],
    ['S contains \'a\' or S not contains \'b\'', "(or (contains S 'a') (not contains S 'b'))"],
    ['x has value', '(has-value x)'],
    ['User.Email has no value or x', '(or (has-no-value User.Email) x)'],
    ['User.CustomFields.Tier', 'User.CustomFields.Tier'],
    ['when a then 1 else when b then 2 else then 3', '(when [a 1] [b 2] [else 3])'],
    ['when a or b then x + 1', '(when [(or a b) (+ x 1)])'],
    ['when a then 1 else then when b then 2 else then 3', '(when [a 1] [else (when [b 2] [else 3])])'],
    ["$'Total {Order.Total + 1}!'", '(tpl "Total " (+ Order.Total 1) "!")'],
    ['true and false', '(and true false)'],
    ['null = nothing', '(= null nothing)'],
    ["'it''s'", "'it's'"],
    ['10.0 <= 10', '(<= 10.0 10)'],
  ])('%s', (src, tree) => {
    expect(sexpr(expression(src))).toBe(tree);
  });
});

describe('statements', () => {
  it('parses every statement kind with offsets', () => {
    const src = lines(
      'extend DiscountCondition',
      '# a comment',
      'set total to 0',
      'foreach line in Order.Lines',
      '  set total to total + line.Total',
      'end',
      'if total > 10 then',
      '  output true',
      'else if total > 5 then',
      '  output false',
      'else',
      '  output false',
      'end',
      'output true',
    );
    const r = parse(src);
    expect(r.diagnostics).toEqual([]);
    expect(r.program.statements.map((s) => s.kind)).toEqual([
      'ExtendStatement', 'SetStatement', 'ForeachStatement', 'IfStatement', 'OutputStatement',
    ]);
    expect(r.program.comments).toEqual([{ kind: 'Comment', text: ' a comment', start: 25, end: 36 }]);
    const foreach = r.program.statements[2]!;
    expect(src.slice(foreach.start, foreach.end)).toBe('foreach line in Order.Lines\n  set total to total + line.Total\nend');
    const ifs = r.program.statements[3]!;
    if (ifs.kind !== 'IfStatement') throw new Error('expected if');
    expect(ifs.branches).toHaveLength(2);
    expect(src.slice(ifs.branches[1]!.start, ifs.branches[1]!.start + 7)).toBe('else if');
    expect(ifs.otherwise?.body).toHaveLength(1);
  });

  it('parses `output` with several values', () => {
    const r = parse('output a, b + 1, \'c\'');
    const out = r.program.statements[0]!;
    expect(out.kind === 'OutputStatement' && out.values.map(sexpr)).toEqual(['a', '(+ b 1)', "'c'"]);
  });

  it('parses an empty script and blank lines', () => {
    expect(parse('').program.statements).toEqual([]);
    expect(parse('\n\n  \n').diagnostics).toEqual([]);
  });
});
