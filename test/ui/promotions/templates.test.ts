import { describe, expect, it } from 'vitest';
import { BundleSchema } from '../../../src/domain/bundle.ts';
import { freshId, TEMPLATES } from '../../../src/ui/promotions/templates.ts';
import { checkPromotion } from '../../../src/ui/promotions/validate-promotion.ts';
import { readSampleBundleJson } from '../../support/sample-files.ts';

const input = readSampleBundleJson() as Record<string, unknown>;
const bundle = BundleSchema.parse(input);

describe('promotion templates', () => {
  it.each(TEMPLATES.map((t) => [t.key, t] as const))('%s makes a promotion that validates in the sample bundle', (_key, t) => {
    const draft = t.make(bundle, freshId(bundle, t.title));
    const check = checkPromotion(input, bundle.promotions.length, draft);
    expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(check.elsewhere).toEqual([]);
    expect(check.promotion?.status).toBe('draft');
  });

  it('covers the common retail forms the issue names, and a blank one', () => {
    expect(TEMPLATES.map((t) => t.key)).toEqual([
      'buy-n-cheapest-free', 'n-for-x', 'percent-off-category', 'spend-tiers', 'amount-off-order-over', 'coupon',
      'buy-a-get-b-half', 'free-shipping-over', 'blank',
    ]);
  });

  it.each([
    ['Buy 3, cheapest free', 'buy-3-cheapest-free'],
    ['Snacks B2G1', 'snacks-b2g1-2'],
    ['!!!', 'promotion'],
  ])('freshId(%j) = %j in the sample', (name, id) => {
    expect(freshId(bundle, name)).toBe(id);
  });
});
