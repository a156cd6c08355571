import { z } from 'zod';
import type { DeepReadonly } from './readonly.ts';
import { IdSchema } from './primitives.ts';
import { ConditionValueSchema, OperatorSchema, type ConditionValue, type Operator } from './condition.ts';

/** A filter over product attributes ("dynamic products"). */
export type AttributeFilter =
  | { readonly kind: 'all'; readonly of: readonly AttributeFilter[] }
  | { readonly kind: 'any'; readonly of: readonly AttributeFilter[] }
  | { readonly kind: 'not'; readonly of: AttributeFilter }
  | { readonly kind: 'attr'; readonly attribute: string; readonly op: Operator; readonly value?: ConditionValue };

export const AttributeFilterSchema: z.ZodType<AttributeFilter> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all'), of: z.array(AttributeFilterSchema) }),
    z.strictObject({ kind: z.literal('any'), of: z.array(AttributeFilterSchema) }),
    z.strictObject({ kind: z.literal('not'), of: AttributeFilterSchema }),
    z.strictObject({
      kind: z.literal('attr'),
      attribute: z.string().min(1),
      op: OperatorSchema,
      value: ConditionValueSchema.optional(),
    }),
  ]),
) as z.ZodType<AttributeFilter>;

export const ProductSelectorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('products'), ids: z.array(IdSchema).min(1) }),
  z.strictObject({ kind: z.literal('filter'), filter: AttributeFilterSchema }),
  /** Fixed list ∪ filter. */
  z.strictObject({ kind: z.literal('productsOrFilter'), ids: z.array(IdSchema), filter: AttributeFilterSchema }),
]);
export type ProductSelector = DeepReadonly<z.output<typeof ProductSelectorSchema>>;

/**
 * Which units a promotion looks at. A product both qualifying and benefit counts only as benefit;
 * `excluded` products and (with `excludeOnSale`) on-sale products never take part.
 */
export const SelectionSchema = z.strictObject({
  qualifying: ProductSelectorSchema.default({ kind: 'all' }),
  benefit: ProductSelectorSchema.optional(),
  excluded: z.array(IdSchema).default([]),
  excludeOnSale: z.boolean().default(false),
});
export type Selection = DeepReadonly<z.output<typeof SelectionSchema>>;
