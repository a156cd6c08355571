import { describe, expect, it } from 'vitest';
import { compileItemDeal } from '../../../src/engine/solver/index.ts';
import type { ItemDealRule } from '../../../src/domain/rule.ts';

const rule = (amount: string): ItemDealRule => ({
  kind: 'itemDeal',
  selection: { qualifying: { kind: 'all' } } as unknown as ItemDealRule['selection'],
  combination: 'any',
  target: 'allQualifying',
  rewardCount: 1,
  tiers: [{ threshold: { kind: 'buys', quantity: 3 }, reward: { kind: 'fixedTotal', amount } }],
});

describe('compileItemDeal memo (by content, per currency)', () => {
  it('equal rules share one compiled deal (one tiers array for the WASM deal table)', () => {
    const a = compileItemDeal(rule('9.99'), 'USD');
    expect(compileItemDeal(rule('9.99'), 'USD')).toBe(a);
    expect(a.tiers[0]!.reward).toEqual({ kind: 'fixedTotal', amount: 999n });
    expect(Object.isFrozen(a) && Object.isFrozen(a.tiers)).toBe(true);
  });

  it.each([
    ['another amount', (r: ItemDealRule) => ({ ...r, tiers: [{ ...r.tiers[0]!, reward: { kind: 'fixedTotal' as const, amount: '8.99' } }] }), 'USD', 899n],
    ['another currency (JPY has no minor unit)', (r: ItemDealRule) => r, 'JPY', 10n],
  ])('%s compiles afresh', (_, change, currency, amount) => {
    const before = compileItemDeal(rule('9.99'), 'USD');
    const after = compileItemDeal(change(rule(currency === 'JPY' ? '10' : '9.99')), currency);
    expect(after).not.toBe(before);
    expect(after.tiers[0]!.reward).toEqual({ kind: 'fixedTotal', amount });
  });

  it('a rule edited in place is compiled again (the memo reads content, not identity)', () => {
    const r = rule('5.00') as { tiers: { reward: { kind: 'fixedTotal'; amount: string } }[] } & ItemDealRule;
    expect(compileItemDeal(r, 'USD').tiers[0]!.reward).toEqual({ kind: 'fixedTotal', amount: 500n });
    r.tiers[0]!.reward.amount = '6.00';
    expect(compileItemDeal(r, 'USD').tiers[0]!.reward).toEqual({ kind: 'fixedTotal', amount: 600n });
  });
});
