import { describe, expect, it } from 'vitest';
import { definition } from '../../../src/dsl/service/definition.ts';
import { lines, rangeOf } from '../../support/dsl-factories.ts';

const SRC = lines('extend DiscountCondition', 'set n to 0', 'foreach line in Order.Lines', 'set n to n + line.Quantity', 'end', 'output n > 2');

describe('definition', () => {
  it.each([
    ['a read of a variable → its first set', rangeOf(SRC, 'n > 2').start, rangeOf(SRC, 'n to 0').start, 'n'],
    ['a later set → the first set', rangeOf(SRC, 'n to n').start, rangeOf(SRC, 'n to 0').start, 'n'],
    ['a loop variable → the foreach', rangeOf(SRC, 'line.Quantity').start + 2, rangeOf(SRC, 'line in').start, 'line'],
  ])('%s', (_, offset, start, name) => {
    expect(definition(SRC, offset)).toEqual({ start, end: start + name.length });
  });

  it('is null for inputs and members', () => {
    expect(definition(SRC, rangeOf(SRC, 'Order').start)).toBeNull();
    expect(definition(SRC, rangeOf(SRC, 'Quantity').start)).toBeNull();
  });
});
