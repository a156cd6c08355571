import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import { solveLevel } from '../../src/engine/solver/index.ts';
import type { SolveInput } from '../../src/engine/solver/types.ts';
import { readSampleBaskets, readSampleBundle } from '../support/sample-files.ts';

// Explaining a deal that lost its level solves it alone on every unit, then on its level's units.
// On a first level those are the same units, and the second solve only paid again.
describe('a deal that lost a first level is solved alone once', () => {
  it('sample basket b11: the losing soda deal is lostBestDeal after one solve alone', () => {
    const basket = readSampleBaskets().find((b) => b.file.startsWith('b11'))!.basket;
    const alone = new Map<string, number>();
    const r = evaluate(readSampleBundle(), basket.order, undefined, {
      solveLevel: (input: SolveInput) => {
        if (input.promotions.length === 1) alone.set(input.promotions[0]!.id, (alone.get(input.promotions[0]!.id) ?? 0) + 1);
        return solveLevel(input);
      },
    });
    const lost = r.promotions.filter((o) => o.status === 'notApplied' && o.reason === 'lostBestDeal');
    expect(lost.length).toBeGreaterThan(0);
    for (const o of lost) expect(alone.get(o.promotionId)).toBe(1);
  });
});
