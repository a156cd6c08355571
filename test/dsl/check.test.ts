import { describe, expect, it } from 'vitest';
import { checkScript } from '../../src/dsl/index.ts';
import { lines, pointAt, rangeOf } from '../support/dsl-factories.ts';

const EP = 'extend DiscountFinancialDispersion';
const CD = 'extend DiscountCondition';

type Row = readonly [name: string, src: string, expected: (s: string) => readonly (readonly [string, string, { start: number; end: number }])[]];

/** Each script with every diagnostic expected: [code, severity, range]. */
const ROWS: readonly Row[] = [
  ['clean condition', lines(CD, 'output Order.Subtotal >= 50'), () => []],
  ['unknown variable', lines(CD, 'output total > 1'), (s) => [['unknown-variable', 'error', rangeOf(s, 'total')]]],
  ['variable used before its set', lines(CD, 'set a to b', 'set b to 1', 'output a = b'), (s) => [['unknown-variable', 'error', rangeOf(s, 'b')]]],
  ['loop variable out of its loop', lines(CD, 'foreach l in Order.Lines', 'output l.Quantity > 1', 'end', 'output l.Quantity > 1'),
    (s) => [['unknown-variable', 'error', { start: rangeOf(s, 'l.Quantity', 1).start, end: rangeOf(s, 'l.Quantity', 1).start + 1 }]]],
  ['unknown member with suggestion', lines(CD, 'output Order.Subtotl > 1'), (s) => [['unknown-member', 'error', rangeOf(s, 'Subtotl')]]],
  ['unknown member of a line', lines(CD, 'foreach l in Order.Lines', 'output l.Qty > 1', 'end', 'output true'), (s) => [['unknown-member', 'error', rangeOf(s, 'Qty')]]],
  ['member of a number', lines(CD, 'output DefaultFinancialDispersion.X = 1'), (s) => [['unknown-member', 'error', rangeOf(s, 'X')]]],
  ['custom fields are an open map', lines(CD, "output User.CustomFields.Anything = 'x'"), () => []],
  ['comparing a number with a string', lines(CD, "output Order.Total = 'x'"), (s) => [['type-mismatch', 'error', rangeOf(s, "Order.Total = 'x'")]]],
  ['ordering strings', lines(CD, "output Order.Type < 'z'"), (s) => [['type-mismatch', 'error', rangeOf(s, "Order.Type < 'z'")]]],
  ['arithmetic on a string', lines(CD, 'output Order.Type * 2 > 1'), (s) => [['type-mismatch', 'error', rangeOf(s, 'Order.Type * 2')]]],
  ['if condition not boolean', lines(CD, 'if Order.Total then', 'output true', 'end', 'output false'), (s) => [['type-mismatch', 'error', rangeOf(s, 'Order.Total')]]],
  ['foreach over a number', lines(CD, 'foreach x in Order.Total', 'output x = 1', 'end', 'output true'), (s) => [['type-mismatch', 'error', rangeOf(s, 'Order.Total')]]],
  ['in needs a list', lines(CD, "output 'a' in Order.Type"), (s) => [['type-mismatch', 'error', rangeOf(s, 'Order.Type')]]],
  ['in with a list', lines(CD, "output 'vip' in User.Segments and Order.Properties contains 'web'"), () => []],
  ['money and numbers mix', lines(CD, 'output Order.Subtotal * 2 - 10 >= Order.Total / 3'), () => []],
  ['missing extend', 'output true', (s) => [['missing-extend', 'error', { start: 0, end: 0 }]]],
  ['duplicate extend', lines(CD, CD, 'output true'), (s) => [['duplicate-extend', 'error', { start: CD.length + 1, end: 2 * CD.length + 1 }]]],
  ['misplaced extend', lines('set a to 1', CD, 'output a = 1'), (s) => [['misplaced-extend', 'error', rangeOf(s, CD)]]],
  ['unknown extension point', lines('extend DiscountConditon', 'output true'), (s) => [['unknown-extension-point', 'error', rangeOf(s, 'DiscountConditon')]]],
  ['missing output', lines(CD, 'set a to 1', 'set b to a'), (s) => [['missing-output', 'error', rangeOf(s, CD)], ['unused-variable', 'warning', rangeOf(s, 'b')]]],
  ['output arity', lines(EP, 'output 1'), (s) => [['output-arity', 'error', rangeOf(s, 'output 1')]]],
  ['output type', lines(CD, 'output 1'), (s) => [['output-type', 'error', rangeOf(s, '1')]]],
  ['dispersion literal out of range', lines(EP, 'output 5, 3'), (s) => [['dispersion-out-of-range', 'error', rangeOf(s, '5')]]],
  ['product dispersion 4 via a variable', lines(EP, 'set p to 1', 'if Order.Total > 1 then', 'set p to 4', 'end', 'output 0, p'),
    (s) => [['dispersion-out-of-range', 'error', rangeOf(s, '4')]]],
  ['negative and fractional dispersion', lines(EP, 'output -1, 1.5'), (s) => [['dispersion-out-of-range', 'error', rangeOf(s, '-1')], ['dispersion-out-of-range', 'error', rangeOf(s, '1.5')]]],
  ['inputs passed through stay legal', lines(EP, 'output DefaultFinancialDispersion, DefaultFinancialDispersion'), () => []],
  ['unused variable', lines(CD, 'set a to 1', 'output true'), (s) => [['unused-variable', 'warning', rangeOf(s, 'a')]]],
  ['assigning an input', lines(CD, 'set Order to 1', 'output true'), (s) => [['assign-to-input', 'error', rangeOf(s, 'Order')]]],
  ['code after output', lines(CD, 'output true', 'set a to 1', 'output a = 1'), (s) => [['unreachable-code', 'warning', { start: rangeOf(s, 'set').start, end: s.length }]]],
  ['branch after an always-true condition', lines(CD, 'if true then', 'output true', 'else', 'output false', 'end'),
    (s) => [['unreachable-branch', 'warning', { start: rangeOf(s, 'else').start, end: rangeOf(s, 'output false').end }]]],
  ['always-false branch', lines(CD, 'if false then', 'output true', 'end', 'output false'),
    (s) => [['unreachable-branch', 'warning', { start: rangeOf(s, 'if').start, end: rangeOf(s, 'output true').end }]]],
  ['lowercase keyword hint', lines(CD, 'output True'), (s) => [['unknown-variable', 'error', rangeOf(s, 'True')]]],
  ['syntax and semantic errors together', lines(CD, 'set a to', 'output b'),
    (s) => [
      ['unused-variable', 'warning', { start: rangeOf(s, 'a to').start, end: rangeOf(s, 'a to').start + 1 }],
      ['expected-expression', 'error', pointAt(s, '\noutput')],
      ['unknown-variable', 'error', rangeOf(s, 'b')],
    ]],
];

describe('checker: every diagnostic of one pass', () => {
  it.each(ROWS)('%s', (_, src, expected) => {
    expect(checkScript(src).map((d) => [d.code, d.severity, { start: d.start, end: d.end }])).toEqual(expected(src));
  });
});

describe('checker options', () => {
  it('reports an extension point other than the one the caller uses', () => {
    const src = lines(CD, 'output true');
    expect(checkScript(src, 'DiscountFinancialDispersion').map((d) => [d.code, d.start, d.end])).toEqual([
      ['extension-point-mismatch', 7, CD.length],
    ]);
  });

  it('warns about custom fields the workspace does not declare, with a suggestion', () => {
    const src = lines(CD, "output User.CustomFields.Teir = 'gold'");
    const [d] = checkScript(src, undefined, { userCustomFields: ['Tier'] });
    expect(d).toMatchObject({ code: 'unknown-custom-field', severity: 'warning', ...rangeOf(src, 'Teir') });
    expect(d!.message).toContain('`Tier`');
    expect(checkScript(src)).toEqual([]);
  });

  it('suggests the member meant', () => {
    expect(checkScript(lines(CD, 'output Order.Subtotl > 1'))[0]!.message).toContain('did you mean `Subtotal`?');
  });
});
