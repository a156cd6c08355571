import { z } from 'zod';
import { BundleSchema } from './bundle.ts';

/** The published JSON Schema of the bundle, generated from the domain definition (input shape: defaults optional). */
export function bundleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(BundleSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://promo-workbench.local/schema/bundle-v1.schema.json',
    title: 'Promo Workbench bundle, format version 1',
  };
}
