import { describe, expect, it } from 'vitest';
import { runScript } from '../../src/dsl/index.ts';
import { dispersionContext, lines, rangeOf } from '../support/dsl-factories.ts';

const CD = 'extend DiscountCondition';
const out = (expr: string) => runScript(lines(CD, `output ${expr}`), dispersionContext({ Tier: 'gold', Empty: '' }));
const n = (decimal: string) => ({ decimal });

describe('expressions evaluate exactly', () => {
  it.each([
    ['0.1 + 0.2 = 0.3', true],
    ['Order.Subtotal >= 50', true],
    // Numbers are exact and normalised: '56.00' reads as 56.
    ['Order.Subtotal', n('56')],
    ['Order.Subtotal / 3 * 3 = Order.Subtotal', false],
    ['10 / 4', n('2.5')],
    ['-3 + 1', n('-2')],
    ['2 + 3 * 4', n('14')],
    ["'a' + 'b'", 'ab'],
    ["$'Total {Order.Subtotal} for {User.Id}'", 'Total 56 for c1'],
    ["User.CustomFields.Tier = 'gold'", true],
    ['User.CustomFields.Missing has no value', true],
    ['User.CustomFields.Empty has value', false],
    ['User.CustomFields.Tier has value', true],
    ['User.CustomFields.Missing = null', true],
    ["'vip' in User.Segments", true],
    ["'x' not in User.Segments", true],
    ["Order.Properties contains 'web'", true],
    ["'abc' contains 'b'", true],
    ["'abc' not contains 'z'", true],
    ['Order.Lines.Count', n('2')],
    ['not (1 = 1) or 2 > 1', true],
    ['false and nothing', false],
    ['true or nothing', true],
    ['when Order.Subtotal > 100 then 1 else when Order.Subtotal > 50 then 2 else then 3', n('2')],
    ['when false then 1', null],
    ['1 <> 1.0', false],
  ])('%s', (expr, expected) => {
    expect(out(expr)).toMatchObject({ ok: true, outputs: [expected] });
  });
});

describe('statements', () => {
  it('foreach sums line totals with set', () => {
    const src = lines(CD, 'set sum to 0', 'foreach l in Order.Lines', 'set sum to sum + l.UnitPrice * l.Quantity', 'end', 'output sum');
    expect(runScript(src, dispersionContext())).toMatchObject({ ok: true, outputs: [n('56')] });
  });

  it('output ends the script', () => {
    expect(runScript(lines(CD, 'output 1', 'output 2'), {})).toMatchObject({ ok: true, outputs: [n('1')] });
  });

  it('else-if chains pick the first true branch', () => {
    const src = lines(CD, 'if 1 > 2 then', 'output 1', 'else if 2 > 1 then', 'output 2', 'else', 'output 3', 'end');
    expect(runScript(src, {})).toMatchObject({ ok: true, outputs: [n('2')] });
  });

  it('records a trace of statements with variables before each', () => {
    const src = lines(CD, 'set a to 1', 'output a');
    const r = runScript(src, {}, { trace: true });
    expect(r.trace).toEqual([
      { start: 0, end: CD.length, variables: {} },
      { ...rangeOf(src, 'set a to 1'), variables: {} },
      { ...rangeOf(src, 'output a'), variables: { a: '1' } },
    ]);
  });
});

describe('runtime errors are data with a code and the offending range', () => {
  it.each([
    ['division-by-zero', lines(CD, 'set z to 0', 'output 1 / z'), (s: string) => rangeOf(s, 'z', 1)],
    ['null-member-access', lines(CD, 'set x to nothing', 'output x.Y'), (s: string) => rangeOf(s, 'x.Y')],
    ['type-error', lines(CD, "output 1 = 'a'"), (s: string) => rangeOf(s, "1 = 'a'")],
    ['type-error', lines(CD, 'if nothing then', 'output true', 'end', 'output false'), (s: string) => rangeOf(s, 'nothing')],
    ['unassigned-variable', lines(CD, 'if false then', 'set a to 1', 'end', 'output a'), (s: string) => rangeOf(s, 'a', 2)],
    ['no-output', lines(CD, 'set a to 1'), (s: string) => ({ start: s.length, end: s.length })],
    ['syntax-error', lines(CD, 'output ('), (s: string) => ({ start: s.length, end: s.length })],
  ])('%s', (code, src, range) => {
    const r = runScript(src, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect({ code: r.error.code, start: r.error.start, end: r.error.end }).toEqual({ code, ...range(src) });
  });
});
