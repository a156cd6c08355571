import { BundleSchema, type Bundle, type BundleInput } from '../../src/domain/bundle.ts';
import { PromotionSchema, type Promotion, type PromotionInput } from '../../src/domain/promotion.ts';
import type { Rule } from '../../src/domain/rule.ts';
import { RuleSchema } from '../../src/domain/rule.ts';
import { makeDescribeContext, type DescribeContext } from '../../src/ui/describe/context.ts';

/** A small bundle as written in a file (input form): two products, one promotion, one basket. */
export function bundleInput(overrides: Partial<BundleInput> = {}): BundleInput {
  return {
    format: 'promo-workbench.bundle',
    formatVersion: 1,
    name: 'Fixture workspace',
    currency: 'USD',
    timeZone: 'America/Toronto',
    products: [
      { id: 'cola', name: 'Cola 330 ml', price: '1.50', attributes: { category: 'drinks', brand: 'Fizz' } },
      { id: 'chips', name: 'Sea-salt chips', price: '2.25', attributes: { category: 'snacks', brand: 'Crisp' } },
    ],
    promotions: [
      {
        id: 'b3',
        name: 'Buy 3 cola',
        label: '3 for 2 cola',
        rule: {
          kind: 'itemDeal',
          selection: { qualifying: { kind: 'products', ids: ['cola'] } },
          combination: 'same',
          target: 'cheapestQualifying',
          tiers: [{ threshold: { kind: 'buys', quantity: 3 }, reward: { kind: 'free' } }],
        },
      },
    ],
    baskets: [],
    ...overrides,
  };
}

export const makeBundle = (overrides: Partial<BundleInput> = {}): Bundle => BundleSchema.parse(bundleInput(overrides));

export const makePromotion = (input: Partial<PromotionInput> & Pick<PromotionInput, 'rule'>): Promotion =>
  PromotionSchema.parse({ id: 'p1', name: 'Promotion', ...input });

export const makeRule = (input: unknown): Rule => RuleSchema.parse(input);

/** A describe context over the fixture bundle (USD, America/Toronto). */
export const describeContext = (overrides: Partial<BundleInput> = {}): DescribeContext =>
  makeDescribeContext(makeBundle(overrides));
