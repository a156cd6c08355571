import { describe, expect, it } from 'vitest';
import { complete } from '../../../src/dsl/service/complete.ts';
import { lines } from '../../support/dsl-factories.ts';

const CD = 'extend DiscountCondition';
/** `|` marks the cursor. */
const labels = (withCursor: string, env = {}) => {
  const offset = withCursor.indexOf('|');
  return complete(withCursor.replace('|', ''), offset, env).map((c) => c.label);
};

describe('completion', () => {
  it.each([
    ['members after a dot, filtered by prefix', lines(CD, 'output Order.Sub|'), ['Subtotal']],
    ['all members of a record', lines(CD, 'output Discount.|'), ['Id', 'Name', 'Label', 'Trigger', 'Reward', 'Priority', 'Group']],
    ['members of a loop variable', lines(CD, 'foreach l in Order.Lines', 'output l.Qu|', 'end'), ['Quantity']],
    ['Count on a list', lines(CD, 'output Order.Lines.|'), ['Count']],
    ['custom fields from the workspace', lines(CD, 'output User.CustomFields.|'), ['Tier', 'QA_DiscountFinancialDispersion']],
    ['extension points after extend', 'extend |', ['DiscountFinancialDispersion', 'DiscountCondition']],
    ['keywords by prefix', lines(CD, 'fo|'), ['foreach']],
    ['inputs by prefix', lines(CD, 'output Def|'), ['DefaultFinancialDispersion', 'DefaultProductSetFinancialDispersion']],
    ['variables set earlier', lines(CD, 'set total to 1', 'output to|'), ['to', 'total']],
    ['not variables set later', lines(CD, 'output to|', 'set total to 1'), ['to']],
    ['nothing inside a comment', lines(CD, '# Ord|'), []],
    ['nothing inside a string', lines(CD, "output 'Ord|'"), []],
    ['members inside an interpolation hole', lines(CD, "output $'{Order.Ty|}'"), ['Type']],
  ])('%s', (_, src, expected) => {
    expect(labels(src, { userCustomFields: ['Tier', 'QA_DiscountFinancialDispersion'] })).toEqual(expected);
  });

  it('carries type and documentation from the declaration', () => {
    const src = lines(CD, 'output Order.Subtotal');
    expect(complete(src, src.length)).toEqual([
      { label: 'Subtotal', kind: 'member', detail: 'money', documentation: 'Σ UnitPrice × Quantity over all lines, before any promotion.' },
    ]);
  });
});
