import { describe, expect, it } from 'vitest';
import { changedItems, isUnchanged } from '../../src/storage/changed-items.ts';
import { bundleInput } from '../support/ui-factories.ts';

const base = bundleInput();
const promo = base.promotions[0]!;
const basket = (id: string, name = id) => ({ id, name, order: { id: 'o', at: '2026-05-01T12:00:00Z', lines: [] } });
const script = (id: string, source: string) => ({ id, name: id, extensionPoint: 'DiscountCondition', version: 1, source });

describe('changedItems: which ids one write touched', () => {
  it.each<[string, () => { before: { bundle: unknown; baskets: unknown[] } | undefined; after: { bundle: unknown; baskets: unknown[] } }, Record<string, string[]>]>([
    ['nothing changed', () => ({ before: { bundle: base, baskets: [basket('k1')] }, after: { bundle: structuredClone(base), baskets: [basket('k1')] } }), {}],
    [
      'member order does not count',
      () => ({ before: { bundle: base, baskets: [] }, after: { bundle: { ...base, promotions: [{ rule: promo.rule, name: promo.name, label: promo.label, id: promo.id }] }, baskets: [] } }),
      {},
    ],
    ['a promotion edited', () => ({ before: { bundle: base, baskets: [] }, after: { bundle: { ...base, promotions: [{ ...promo, name: 'Renamed' }] }, baskets: [] } }), { promotions: ['b3'] }],
    [
      'a promotion added and one removed',
      () => ({ before: { bundle: base, baskets: [] }, after: { bundle: { ...base, promotions: [{ ...promo, id: 'new' }] }, baskets: [] } }),
      { promotions: ['b3', 'new'] },
    ],
    [
      'a basket renamed, one removed, one added',
      () => ({ before: { bundle: base, baskets: [basket('k1'), basket('k2')] }, after: { bundle: base, baskets: [basket('k1', 'other'), basket('k3')] } }),
      { baskets: ['k1', 'k2', 'k3'] },
    ],
    [
      'a script source changed',
      () => ({ before: { bundle: { ...base, scripts: [script('s1', 'a'), script('s2', 'b')] }, baskets: [] }, after: { bundle: { ...base, scripts: [script('s1', 'a'), script('s2', 'c')] }, baskets: [] } }),
      { scripts: ['s2'] },
    ],
    ['the workspace name and time zone changed', () => ({ before: { bundle: base, baskets: [] }, after: { bundle: { ...base, name: 'X', timeZone: 'UTC' }, baskets: [] } }), { settings: ['name', 'timeZone'] }],
    [
      'a product price changed',
      () => ({ before: { bundle: base, baskets: [] }, after: { bundle: { ...base, products: [{ ...base.products![0]!, price: '1.60' }, base.products![1]!] }, baskets: [] } }),
      { products: ['cola'] },
    ],
    ['no before: everything is new', () => ({ before: undefined, after: { bundle: base, baskets: [basket('k1')] } }), {
      promotions: ['b3'], baskets: ['k1'], products: ['chips', 'cola'], settings: ['baskets', 'currency', 'format', 'formatVersion', 'name', 'timeZone'],
    }],
  ])('%s', (_name, make, expected) => {
    const { before, after } = make();
    const c = changedItems(before, after);
    expect(c).toEqual({ promotions: [], baskets: [], scripts: [], products: [], settings: [], ...expected });
    expect(isUnchanged(c)).toBe(Object.keys(expected).length === 0);
  });
});
