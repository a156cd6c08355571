import { describe, expect, it } from 'vitest';
import { checkProfile, exportBundle } from '../../src/bundle/export.ts';
import { importBundle } from '../../src/bundle/import.ts';
import { makeBundle, makeParsedBundle, makePromotion } from '../support/bundle-factories.ts';

const staticBundle = () =>
  makeParsedBundle({
    promotions: [
      makePromotion({
        id: 's-1',
        name: '10% off mugs',
        externalIds: { pos: 'POS-1' },
        rule: {
          kind: 'itemDeal',
          selection: { qualifying: { kind: 'products', ids: ['mug'] } },
          target: 'allQualifying',
          tiers: [{ threshold: { kind: 'buys', quantity: 1 }, reward: { kind: 'percent', percent: '10' } }],
        },
        conditions: { kind: 'leaf', field: 'segments', op: 'contains', value: 'vip' },
      }),
      makePromotion({
        id: 's-2',
        name: '2 off the order',
        trigger: { kind: 'coupon' },
        externalIds: { pos: 'POS-2' },
        rule: { kind: 'orderDiscount', reward: { kind: 'amountOff', amount: '2.00' } },
      }),
    ],
    coupons: [],
    baskets: [],
  });

describe('export profile full', () => {
  it('accepts everything and writes a file that re-imports with a valid revision', async () => {
    const bundle = makeParsedBundle();
    expect(checkProfile(bundle, 'full')).toEqual([]);
    const r = await exportBundle(bundle, 'full');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const back = await importBundle(r.value);
    expect(back.ok).toBe(true);
    expect(back.problems).toBeUndefined(); // in particular no revision-missing / revision-mismatch
    if (back.ok) expect({ ...back.value, revision: undefined }).toEqual({ ...bundle, revision: undefined });
  });
});

describe('export profile staticOnly', () => {
  it('names each promotion and feature a static target cannot run, at its path', () => {
    const problems = checkProfile(makeParsedBundle(), 'staticOnly');
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['$.promotions[1].rule.tiers', 'profile-unsupported-feature'],
      ['$.promotions[1].rule.target', 'profile-unsupported-feature'],
      ['$.promotions[2].conditions.of[0]', 'profile-unsupported-feature'],
      ['$.promotions[3].rule.maxDiscount', 'profile-unsupported-feature'],
      ['$.promotions[3].conditions', 'profile-unsupported-feature'],
      ['$.promotions[4].rule.kind', 'profile-unsupported-feature'],
      ['$.promotions[5].rule.kind', 'profile-unsupported-feature'],
    ]);
    expect(problems[0]?.message).toBe(
      "promotion p-b2g1 'Buy 2 get 1 soda' uses tiers (2), which staticOnly targets cannot run",
    );
    expect(problems[2]?.message).toContain('a cart-level condition on subtotal');
  });

  it.each([
    ['a quantity threshold', { kind: 'buysAtLeast', quantity: 2 }, { kind: 'percent', percent: '10' }, 'a quantity threshold (buysAtLeast 2)'],
    ['a spend threshold', { kind: 'spendsAtLeast', amount: '20.00' }, { kind: 'amountOff', amount: '1.00' }, 'a spend threshold (spends at least 20.00)'],
    ['a fixed-total reward', { kind: 'buys', quantity: 1 }, { kind: 'fixedTotal', amount: '1.00' }, "the reward 'fixedTotal'"],
  ] as const)('rejects an item deal with %s', (_name, threshold, reward, feature) => {
    const bundle = makeParsedBundle({
      promotions: [
        makePromotion({
          id: 'x',
          name: 'X',
          rule: { kind: 'itemDeal', selection: {}, target: 'allQualifying', tiers: [{ threshold, reward }] },
        }),
      ],
      coupons: [],
    });
    expect(checkProfile(bundle, 'staticOnly').map((p) => p.message)).toEqual([
      `promotion x 'X' uses ${feature}, which staticOnly targets cannot run`,
    ]);
  });

  it('accepts plain percent and amount off items or order, and exports them', async () => {
    expect(checkProfile(staticBundle(), 'staticOnly')).toEqual([]);
    expect((await exportBundle(staticBundle(), 'staticOnly')).ok).toBe(true);
  });

  it('refuses to export a bundle that violates the profile', async () => {
    const r = await exportBundle(makeParsedBundle(), 'staticOnly');
    expect(r.ok).toBe(false);
    expect(r.ok ? 0 : r.problems.length).toBe(7);
  });
});

describe('export profile mirrored', () => {
  it('needs every promotion to carry its id in the target system', () => {
    const problems = checkProfile(makeParsedBundle(), 'mirrored');
    expect(problems).toHaveLength(makeBundle().promotions.length);
    expect(problems[0]).toMatchObject({ code: 'profile-missing-external-id', path: '$.promotions[0].externalIds' });
    expect(problems[0]?.message).toBe(
      "promotion p-snacks '10% off snacks' has no external id for 'pos' (externalIds.pos), which a mirrored target needs",
    );
  });

  it('checks the named target system', () => {
    expect(checkProfile(staticBundle(), 'mirrored')).toEqual([]);
    expect(checkProfile(staticBundle(), 'mirrored', 'pos')).toEqual([]);
    expect(checkProfile(staticBundle(), 'mirrored', 'erp').map((p) => p.path)).toEqual([
      '$.promotions[0].externalIds',
      '$.promotions[1].externalIds',
    ]);
  });
});
