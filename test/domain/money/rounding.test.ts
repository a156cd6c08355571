import { describe, expect, it } from 'vitest';
import { divRound, percentOfPrice } from '../../../src/domain/money.ts';

describe('R1: half away from zero to the minor unit', () => {
  it.each([
    [999n, 1000, 100n], // 99.9 → 100
    [995n, 1000, 100n], // 99.5 → 100
    [994n, 1000, 99n], // 99.4 → 99
    [1005n, 5000, 503n], // 502.5 → 503
    [-1005n, 5000, -503n], // away from zero for credits too
    [1000n, 1250, 125n],
  ])('%s × %i bp → %s', (price, bp, expected) => expect(percentOfPrice(price, bp)).toBe(expected));

  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [7n, 3n, 2n],
    [8n, 3n, 3n],
  ])('divRound(%s, %s) = %s', (n, d, q) => expect(divRound(n, d)).toBe(q));
});
