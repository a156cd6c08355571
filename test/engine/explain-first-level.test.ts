import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import { solveLevel } from '../../src/engine/solver/index.ts';
import type { SolveInput } from '../../src/engine/solver/types.ts';
import { readSampleBaskets, readSampleBundle } from '../support/sample-files.ts';

// Explaining a deal that lost its level solves it alone on every unit, then on its level's units.
// When its level still has every unit of the deal's lines (always on a first level) those solves
// are the same, and the second one only paid again.
describe('a deal that lost a level that kept its lines is solved alone once', () => {
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

  it("sample basket b35, its soda line at 1,000 units: the soda deal's level comes after others that took other lines", () => {
    const sample = readSampleBaskets().find((b) => b.file.startsWith('b35'))!.basket;
    const order = { ...sample.order, lines: sample.order.lines.map((l, i) => (i === 16 ? { ...l, quantity: 1000 } : l)) };
    const alone = new Map<string, number>();
    const levels = new Set<number>();
    const r = evaluate(readSampleBundle(), order, undefined, {
      solveLevel: (input: SolveInput) => {
        if (input.promotions.length === 1) alone.set(input.promotions[0]!.id, (alone.get(input.promotions[0]!.id) ?? 0) + 1);
        else levels.add(input.promotions.length);
        return solveLevel(input);
      },
    });
    expect(levels.size).toBeGreaterThan(1);
    const soda = r.promotions.find((o) => o.promotionId === 'soda-10-off')!;
    expect(soda).toMatchObject({ status: 'notApplied', reason: 'lostBestDeal' });
    expect(alone.get('soda-10-off')).toBe(1);
  });
});
