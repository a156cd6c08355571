import { bundleJsonSchema } from '../../domain/json-schema.ts';

/**
 * The domain's published JSON Schema read as form nodes. The promotion editor renders every field
 * of the one domain model from this (zod → JSON Schema → form), so a field added to `src/domain`
 * appears in the editor without a second definition; chosen `$defs` get richer widgets.
 */
export type SchemaNode =
  | { readonly kind: 'object'; readonly ref?: string; readonly fields: readonly FieldNode[] }
  | { readonly kind: 'record'; readonly ref?: string; readonly values: SchemaNode }
  | { readonly kind: 'union'; readonly ref?: string; readonly variants: readonly { readonly tag: string; readonly node: SchemaNode }[] }
  | { readonly kind: 'array'; readonly ref?: string; readonly items: SchemaNode; readonly min: number; readonly max: number | undefined }
  | { readonly kind: 'enum'; readonly ref?: string; readonly values: readonly string[] }
  | { readonly kind: 'string'; readonly ref?: string; readonly pattern: string | undefined; readonly minLength: number }
  | { readonly kind: 'integer'; readonly ref?: string; readonly min: number | undefined }
  | { readonly kind: 'boolean'; readonly ref?: string }
  | { readonly kind: 'json'; readonly ref?: string };

export interface FieldNode {
  readonly name: string;
  readonly required: boolean;
  readonly default: unknown;
  readonly node: SchemaNode;
}

type Json = Record<string, unknown>;

let defs: Json | undefined;
const cache = new Map<string, SchemaNode>();

function definitions(): Json {
  defs ??= bundleJsonSchema()['$defs'] as Json;
  return defs;
}

/** The form node of a named domain schema (`Promotion`, `Rule`, `Condition`…). */
export function nodeOf(ref: string): SchemaNode {
  const hit = cache.get(ref);
  if (hit !== undefined) return hit;
  const raw = definitions()[ref];
  if (raw === undefined) throw new Error(`no schema named ${ref}`);
  // Recursive schemas (conditions, filters) refer to themselves: cache a placeholder first.
  const placeholder: { kind: 'json'; ref: string } = { kind: 'json', ref };
  cache.set(ref, placeholder);
  const node = { ...toNode(raw as Json), ref } as SchemaNode;
  cache.set(ref, node);
  return node;
}

function toNode(s: Json): SchemaNode {
  const ref = s['$ref'];
  if (typeof ref === 'string') return nodeOf(ref.replace('#/$defs/', ''));
  const oneOf = s['oneOf'] as Json[] | undefined;
  if (oneOf !== undefined && oneOf.every((v) => tagOf(v) !== undefined)) {
    return { kind: 'union', variants: oneOf.map((v) => ({ tag: tagOf(v)!, node: toNode(v) })) };
  }
  const anyOf = s['anyOf'] as Json[] | undefined;
  if (anyOf !== undefined) {
    // `X | null` is a nullable X; anything richer (scalar-or-list values) is edited as JSON.
    const notNull = anyOf.filter((v) => v['type'] !== 'null');
    return notNull.length === 1 ? toNode(notNull[0]!) : { kind: 'json' };
  }
  const type = s['type'];
  if (type === 'object') {
    const props = s['properties'] as Record<string, Json> | undefined;
    if (props === undefined) return { kind: 'record', values: toNode((s['additionalProperties'] as Json | undefined) ?? {}) };
    const required = new Set((s['required'] as string[] | undefined) ?? []);
    return {
      kind: 'object',
      fields: Object.entries(props).map(([name, p]) => ({ name, required: required.has(name), default: p['default'], node: toNode(p) })),
    };
  }
  if (type === 'array') {
    return { kind: 'array', items: toNode((s['items'] as Json | undefined) ?? {}), min: (s['minItems'] as number | undefined) ?? 0, max: s['maxItems'] as number | undefined };
  }
  if (type === 'string') {
    if (Array.isArray(s['enum'])) return { kind: 'enum', values: s['enum'] as string[] };
    if (typeof s['const'] === 'string') return { kind: 'enum', values: [s['const']] };
    return { kind: 'string', pattern: s['pattern'] as string | undefined, minLength: (s['minLength'] as number | undefined) ?? 0 };
  }
  if (type === 'integer' || type === 'number') return { kind: 'integer', min: s['minimum'] as number | undefined };
  if (type === 'boolean') return { kind: 'boolean' };
  return { kind: 'json' };
}

function tagOf(v: Json): string | undefined {
  const kind = (v['properties'] as Record<string, Json> | undefined)?.['kind'];
  return typeof kind?.['const'] === 'string' ? kind['const'] : undefined;
}

/**
 * A value that a new field or a switched variant starts from: required members filled, optional
 * ones left out, arrays with their minimum number of items.
 * @example initialValue(nodeOf('Threshold')) // { kind: 'buys', quantity: 1 }
 */
export function initialValue(node: SchemaNode): unknown {
  switch (node.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const f of node.fields) if (f.required) out[f.name] = f.default ?? initialValue(f.node);
      return out;
    }
    case 'union':
      return initialValue(node.variants[0]!.node);
    case 'array':
      return Array.from({ length: node.min }, () => initialValue(node.items));
    case 'record':
      return {};
    case 'enum':
      return node.values[0];
    case 'string':
      return node.ref === 'Money' || node.ref === 'Percent' ? '0' : '';
    case 'integer':
      return Math.max(node.min ?? 0, 1);
    case 'boolean':
      return false;
    case 'json':
      return undefined;
  }
}

/** The variant of a union a value belongs to (by its `kind`), or undefined. */
export function variantOf(node: Extract<SchemaNode, { kind: 'union' }>, value: unknown): { tag: string; node: SchemaNode } | undefined {
  const tag = value !== null && typeof value === 'object' ? (value as Json)['kind'] : undefined;
  return node.variants.find((v) => v.tag === tag);
}

/** `maxUsesPerOrder` → "Max uses per order". */
export function humanize(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
