import type { z } from 'zod';
import { BundleSchema, CouponFileRefSchema, SavedBasketSchema, type Bundle } from '../domain/bundle.ts';
import { CouponSchema } from '../domain/coupon.ts';
import { CustomerSchema } from '../domain/order.ts';
import { ProductSchema } from '../domain/product.ts';
import { PromotionSchema } from '../domain/promotion.ts';
import { ScriptSchema } from '../domain/script.ts';
import type { PartialBundle } from './semantic/index.ts';

const SECTIONS: Readonly<Record<string, z.ZodType>> = {
  products: ProductSchema,
  customers: CustomerSchema,
  promotions: PromotionSchema,
  coupons: CouponSchema,
  couponFiles: CouponFileRefSchema,
  scripts: ScriptSchema,
  baskets: SavedBasketSchema,
};

/**
 * The part of a bundle that passes the schema: every array section keeps the elements that parse
 * on their own. Import runs the semantic checks on it, so one pass reports schema problems AND
 * consistency problems (an unknown product id beside a wrong type elsewhere). Undefined when the
 * top-level fields themselves fail.
 * @example salvage(JSON.parse(text))?.bundle.promotions.length
 */
export function salvage(value: unknown): ({ readonly bundle: Bundle } & PartialBundle) | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const raw = value as Record<string, unknown>;
  const kept: Record<string, unknown[]> = {};
  const indexMaps: Record<string, number[]> = {};
  const unparsed = { products: new Set<string>(), promotions: new Set<string>(), scripts: new Set<string>() };
  for (const [section, schema] of Object.entries(SECTIONS)) {
    const items = raw[section];
    if (!Array.isArray(items)) continue;
    kept[section] = [];
    indexMaps[section] = [];
    items.forEach((item, i) => {
      if (schema.safeParse(item).success) {
        kept[section]!.push(item);
        indexMaps[section]!.push(i);
        return;
      }
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && (section === 'products' || section === 'promotions' || section === 'scripts')) unparsed[section].add(id);
    });
  }
  const parsed = BundleSchema.safeParse({ ...raw, ...kept });
  return parsed.success ? { bundle: parsed.data, indexMaps, unparsed } : undefined;
}
