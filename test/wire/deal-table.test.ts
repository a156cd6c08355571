import { describe, expect, it } from 'vitest';
import type { CompiledItemDeal } from '../../src/engine/solver/types.ts';
import { DealTable } from '../../src/wire/index.ts';
import { FREE, buys, off, pct, spends, usd } from '../support/solver-factories.ts';

const tiers = [{ threshold: buys(2), reward: FREE }];
const deal = (extra: Partial<CompiledItemDeal> = {}): CompiledItemDeal => ({ combination: 'any', target: 'cheapestQualifying', rewardCount: 1, tiers, ...extra });

describe('DealTable interns deals by content, never by position', () => {
  it.each([
    { name: 'the same object twice', a: deal(), b: deal(), same: true },
    { name: 'equal content, distinct tiers arrays', a: deal(), b: deal({ tiers: [{ threshold: buys(2), reward: FREE }] }), same: true },
    { name: 'same tiers array, a cap added', a: deal(), b: deal({ maxDiscount: usd(5) }), same: false },
    { name: 'same tiers array, another target', a: deal(), b: deal({ target: 'allQualifying' }), same: false },
    { name: 'same tiers array, another reward count', a: deal(), b: deal({ rewardCount: 2 }), same: false },
    { name: 'another tier reward', a: deal(), b: deal({ tiers: [{ threshold: buys(2), reward: pct(5000) }] }), same: false },
    { name: 'another threshold', a: deal(), b: deal({ tiers: [{ threshold: buys(3), reward: FREE }] }), same: false },
    // The hash folds amounts to 32 bits: these collide and only the exact comparison tells them apart.
    { name: 'amounts 2³² apart (hash collision)', a: deal({ tiers: [{ threshold: buys(2), reward: off(5n) }] }), b: deal({ tiers: [{ threshold: buys(2), reward: off(5n + 2n ** 32n) }] }), same: false },
    { name: 'caps 2³² apart (hash collision)', a: deal({ maxDiscount: 7n }), b: deal({ maxDiscount: 7n + 2n ** 32n }), same: false },
    { name: 'spend thresholds 2³² apart (hash collision)', a: deal({ tiers: [{ threshold: spends(9n), reward: FREE }] }), b: deal({ tiers: [{ threshold: spends(9n + 2n ** 32n), reward: FREE }] }), same: false },
  ])('$name → same index: $same', ({ a, b, same }) => {
    const t = new DealTable();
    const ia = t.index(a);
    // Twice, so a hit is looked up as well as a first insertion.
    expect(t.index(b)).toBe(t.index(b));
    expect(t.index(b) === ia).toBe(same);
    expect(t.size).toBe(same ? 1 : 2);
  });

  it('encodes each deal once, and again only after clear()', () => {
    const t = new DealTable();
    t.index(deal());
    expect(t.takePending()).toBeDefined();
    expect(t.encodedDeals).toBe(1);
    t.index(deal());
    expect(t.takePending()).toBeUndefined();
    expect(t.encodedDeals).toBe(1);
    t.clear();
    expect(t.size).toBe(0);
    expect(t.index(deal({ maxDiscount: usd(1) }))).toBe(0);
    expect(t.index(deal())).toBe(1);
    t.takePending();
    expect(t.encodedDeals).toBe(3);
  });
});
