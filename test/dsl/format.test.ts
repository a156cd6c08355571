import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/dsl/parser.ts';
import { format } from '../../src/dsl/service/format.ts';
import { lines, SPEC_SAMPLE } from '../support/dsl-factories.ts';
import { runs } from '../support/fc-runs.ts';

describe('format', () => {
  it.each([
    ['indents blocks and spaces operators', lines('if x=1 then', 'set y to(2+3)*4', 'end'), lines('if x = 1 then', '  set y to (2 + 3) * 4', 'end', '')],
    ['joins `else` NEWLINE `if` into `else if`', lines('if a then', 'output 1', 'else', 'if b then', 'output 2', 'end'),
      lines('if a then', '  output 1', 'else if b then', '  output 2', 'end', '')],
    ['keeps comments, own-line and trailing', lines('# head', 'set a to 1   # why', 'foreach l in L', '# inside', 'end'),
      lines('# head', 'set a to 1 # why', 'foreach l in L', '  # inside', 'end', '')],
    ['keeps one blank line of several', lines('set a to 1', '', '', '', 'set b to 2'), lines('set a to 1', '', 'set b to 2', '')],
    ['re-escapes strings and templates', "output 'it''s', $'{a} {{x}} ''q'''", "output 'it''s', $'{a} {{x}} ''q'''\n"],
    ['prints when, has value, not in', 'output when a has no value then 1 else when b not in c then 2 else then 3',
      'output when a has no value then 1 else when b not in c then 2 else then 3\n'],
    ['leaves a script with syntax errors unchanged', 'set x to (', 'set x to ('],
  ])('%s', (_, src, expected) => {
    expect(format(src)).toBe(expected);
  });

  it('is idempotent on the SPEC sample and keeps its meaning', () => {
    const once = format(SPEC_SAMPLE);
    expect(format(once)).toBe(once);
    expect(parse(once).diagnostics).toEqual([]);
  });

  const atom = fc.constantFrom('a', 'Order.Total', '1', '2.5', "'s'", 'true', 'nothing', "$'t {a}'");
  const expr = fc.letrec((tie) => ({
    e: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom,
      fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '=', '<>', 'and', 'or', '<'), tie('e')).map(([l, op, r]) => `(${l} ${op} ${r})`),
      tie('e').map((x) => `(not ${x})`),
      tie('e').map((x) => `-(${x})`),
    ),
  })).e as fc.Arbitrary<string>;
  const statement: fc.Arbitrary<string> = fc.letrec((tie) => ({
    s: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      expr.map((e) => `set a to ${e}`),
      fc.array(expr, { minLength: 1, maxLength: 3 }).map((es) => `output ${es.join(',')}`),
      fc.constantFrom('# note', ''),
      fc.tuple(expr, fc.array(tie('s'), { maxLength: 3 }), fc.boolean()).map(([c, body, el]) => `if ${c} then\n${body.join('\n')}\n${el ? 'else\n' : ''}end # done`),
      fc.tuple(expr, fc.array(tie('s'), { maxLength: 3 })).map(([c, body]) => `foreach l in ${c}\n   ${body.join('\n   ')}\nend`),
    ),
  })).s as fc.Arbitrary<string>;

  it('is idempotent on generated well-formed scripts', () => {
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 6 }), (stmts) => {
        const src = stmts.join('\n');
        expect(parse(src).diagnostics).toEqual([]);
        const once = format(src);
        expect(format(once)).toBe(once);
      }),
      runs(500),
    );
  });
});
