import type { z } from 'zod';
import { BundleSchema } from '../../domain/bundle.ts';
import { currencyExponent, tryParseMoney } from '../../domain/money.ts';
import { MoneySchema } from '../../domain/primitives.ts';
import type { SemanticContext } from './context.ts';

/**
 * Every money field must fit the bundle currency's minor unit ("12.345" is not USD). Money fields
 * are found by walking the bundle schema beside the value, so a money field added to the domain is
 * checked without touching this file. Condition leaves on `subtotal`/`netSubtotal` compare money too.
 */
export function moneyAmounts(ctx: SemanticContext): void {
  const { currency } = ctx.bundle;
  if (currencyExponent(currency) === undefined) return; // reported by the currency check
  const check = (text: string, path: readonly PropertyKey[]): void => {
    const r = tryParseMoney(text, currency);
    if (!r.ok) ctx.report('money-too-precise', r.message, path);
  };
  walk(BundleSchema, ctx.bundle, [], (text, path) => check(text, path));
}

type Visit = (text: string, path: readonly PropertyKey[]) => void;

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly getter?: () => z.ZodType;
  readonly values?: readonly unknown[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const MONEY_FIELDS: ReadonlySet<string> = new Set(['subtotal', 'netSubtotal']);

function walk(schema: z.ZodType, value: unknown, path: readonly PropertyKey[], visit: Visit): void {
  if (value === undefined || value === null) return;
  if (schema === MoneySchema) {
    if (typeof value === 'string') visit(value, path);
    return;
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      if (def.innerType) walk(def.innerType, value, path, visit);
      return;
    case 'pipe':
      if (def.in) walk(def.in, value, path, visit);
      return;
    case 'lazy':
      if (def.getter) walk(def.getter(), value, path, visit);
      return;
    case 'array':
      if (Array.isArray(value) && def.element) value.forEach((v: unknown, i) => walk(def.element!, v, [...path, i], visit));
      return;
    case 'record':
      if (typeof value === 'object' && def.valueType) {
        for (const [k, v] of Object.entries(value)) walk(def.valueType, v, [...path, k], visit);
      }
      return;
    case 'object':
      if (typeof value === 'object' && def.shape) {
        const record = value as Record<string, unknown>;
        if (record['kind'] === 'leaf' && MONEY_FIELDS.has(String(record['field']))) leafMoney(record, path, visit);
        for (const [k, s] of Object.entries(def.shape)) walk(s, record[k], [...path, k], visit);
      }
      return;
    case 'union': {
      if (!def.discriminator || typeof value !== 'object') return; // plain unions hold no money here
      const tag = (value as Record<string, unknown>)[def.discriminator];
      const option = def.options?.find((o) => defOf(defOf(o).shape?.[def.discriminator!] ?? o).values?.includes(tag));
      if (option) walk(option, value, path, visit);
      return;
    }
    default:
      return;
  }
}

/** `subtotal gte "50.005"` can never be met exactly in USD: the same precision rule applies. */
function leafMoney(leaf: Record<string, unknown>, path: readonly PropertyKey[], visit: Visit): void {
  const v = leaf['value'];
  if (typeof v === 'string') visit(v, [...path, 'value']);
  else if (Array.isArray(v)) v.forEach((x: unknown, i) => typeof x === 'string' && visit(x, [...path, 'value', i]));
}
