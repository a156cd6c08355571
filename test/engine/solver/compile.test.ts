import { describe, expect, it } from 'vitest';
import { compileItemDeal } from '../../../src/engine/solver/index.ts';
import type { ItemDealRule } from '../../../src/domain/rule.ts';

describe('compileItemDeal', () => {
  it('compiles money to minor units, percent to basis points and free to 100 %', () => {
    const rule: ItemDealRule = {
      kind: 'itemDeal',
      selection: { qualifying: { kind: 'all' } } as unknown as ItemDealRule['selection'],
      combination: 'same',
      target: 'cheapestQualifying',
      rewardCount: 2,
      tiers: [
        { threshold: { kind: 'buys', quantity: 4 }, reward: { kind: 'free' } },
        { threshold: { kind: 'spendsAtLeast', amount: '12.5' }, reward: { kind: 'percent', percent: '12.5' } },
        { threshold: { kind: 'buysAtLeast', quantity: 2 }, reward: { kind: 'fixedTotal', amount: '50' } },
      ],
      maxDiscount: '7.25',
    };
    expect(compileItemDeal(rule, 'USD')).toEqual({
      combination: 'same',
      target: 'cheapestQualifying',
      rewardCount: 2,
      tiers: [
        { threshold: { kind: 'buys', quantity: 4 }, reward: { kind: 'percent', bp: 10000 } },
        { threshold: { kind: 'spendsAtLeast', amount: 1250n }, reward: { kind: 'percent', bp: 1250 } },
        { threshold: { kind: 'buysAtLeast', quantity: 2 }, reward: { kind: 'fixedTotal', amount: 5000n } },
      ],
      maxDiscount: 725n,
    });
    const yen = compileItemDeal({ ...rule, tiers: [rule.tiers[2]!], maxDiscount: undefined } as ItemDealRule, 'JPY');
    expect(yen.tiers[0]!.reward).toEqual({ kind: 'fixedTotal', amount: 50n });
    expect('maxDiscount' in yen).toBe(false);
  });
});
