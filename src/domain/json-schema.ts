import { z } from 'zod';
import * as domain from './index.ts';
import { BundleSchema } from './bundle.ts';

export const BUNDLE_SCHEMA_ID = 'https://promo-workbench.local/schema/bundle-v1.schema.json';

/**
 * Names every exported `…Schema` of the domain (`MoneySchema` → `Money`) in a private registry,
 * so the generator writes each once under `$defs` and refers to it by `$ref` — recursive
 * conditions and filters included. A schema added to the domain is named without touching this
 * file. The registry is private: the global one stays free of publishing concerns.
 */
function namedDomainSchemas(): z.core.$ZodRegistry<{ id: string }> {
  const registry = z.registry<{ id: string }>();
  const entries = Object.entries(domain as Record<string, unknown>)
    .filter(([name, value]) => name.endsWith('Schema') && value instanceof z.ZodType && value !== BundleSchema)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, schema] of entries) registry.add(schema as z.ZodType, { id: name.slice(0, -'Schema'.length) });
  return registry;
}

/**
 * The published JSON Schema of the bundle, generated from the domain definition (input shape:
 * fields with defaults are optional). Named domain schemas live once in `$defs`; unnamed helper
 * schemas stay inline (`reused: 'ref'` would save ~8 KB but name them `__schema0`…).
 * @example writeFileSync('bundle-v1.schema.json', JSON.stringify(bundleJsonSchema(), null, 2))
 */
export function bundleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(BundleSchema, {
    io: 'input',
    unrepresentable: 'any',
    metadata: namedDomainSchemas(),
    reused: 'inline',
    cycles: 'ref',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: BUNDLE_SCHEMA_ID,
    title: 'Promo Workbench bundle, format version 1',
    ...rest,
  };
}

/** The schema file's exact text: what `scripts/write-schema.ts` writes and the staleness test compares. */
export function bundleJsonSchemaText(): string {
  return `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`;
}
