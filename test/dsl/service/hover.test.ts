import { describe, expect, it } from 'vitest';
import { hover } from '../../../src/dsl/service/hover.ts';
import { lines, rangeOf } from '../../support/dsl-factories.ts';

const CD = 'extend DiscountCondition';
const SRC = lines(CD, 'set limit to 50', 'foreach l in Order.Lines', 'set limit to limit + l.UnitPrice', 'end', "output Order.Total > limit and User.CustomFields.Tier = 'x'");

describe('hover', () => {
  it.each([
    ['an input', 'Order.Total', 0, '**Order**: Order — The order being evaluated.', 'Order'],
    ['a member', 'Total >', 0, '**Order.Total**: money — Subtotal plus shipping, before any promotion.', 'Total'],
    ['a loop variable member', 'UnitPrice', 0, '**Line.UnitPrice**: money — Regular sell price of one unit.', 'UnitPrice'],
    ['a variable with its inferred type', 'limit', 3, '**limit**: money — variable', 'limit'],
    ['a custom field', 'Tier', 0, '**Tier**: string — custom field (nothing when absent)', 'Tier'],
  ])('%s', (_, needle, nth, contents, word) => {
    const at = rangeOf(SRC, needle, nth).start + 1;
    const start = rangeOf(SRC, needle, nth).start;
    expect(hover(SRC, at)).toEqual({ contents, start, end: start + word.length });
  });

  it('documents the extension point with inputs and outputs', () => {
    const h = hover(SRC, 10);
    expect(h?.contents).toContain('**DiscountCondition**');
    expect(h?.contents).toContain('- `condition`: boolean');
  });

  it('is null on keywords and literals', () => {
    expect(hover(SRC, 1)).toBeNull();
    expect(hover(SRC, rangeOf(SRC, '50').start + 1)).toBeNull();
  });
});
