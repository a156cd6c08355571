import { z } from 'zod';
import type { DeepReadonly } from './readonly.ts';
import { IdSchema, MoneySchema } from './primitives.ts';
import { AttributesSchema } from './order.ts';

/** A catalog entry: lines name products by id and inherit these attributes. */
export const ProductSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  price: MoneySchema,
  /** "Max discount price": no promotion takes a unit below it. */
  floorPrice: MoneySchema.optional(),
  attributes: AttributesSchema.default({}),
});
export type Product = DeepReadonly<z.output<typeof ProductSchema>>;
