import Decimal from 'decimal.js';
import type { DslType } from './types.ts';

/**
 * Runtime values. Numbers — money included — are exact decimals (decimal.js, 40 significant
 * digits, half away from zero when a division does not terminate): never binary floats. Decimal
 * instances stay inside the interpreter; results leave as `PlainValue` with decimal strings.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });
export type Num = Decimal;

export type Value = null | boolean | string | Num | readonly Value[] | ReadonlyMap<string, Value>;

/** A value as data: numbers become `{ decimal: '12.50' }` so no float ever holds them. */
export type PlainValue =
  | null
  | boolean
  | string
  | { readonly decimal: string }
  | readonly PlainValue[]
  | { readonly [key: string]: PlainValue };

export const isNum = (v: Value): v is Num => Decimal.isDecimal(v);
export const isList = (v: Value): v is readonly Value[] => Array.isArray(v);
export const isMap = (v: Value): v is ReadonlyMap<string, Value> => v instanceof Map;

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * Converts JSON-like input to a value of the declared type. A missing record reads as a record
 * whose members are all nothing, a missing list as empty, a missing map as empty, anything else
 * missing or of the wrong shape as nothing — scripts test with `has value`.
 * @example fromJson('12.50', { kind: 'money' }) // Dec('12.50')
 */
export function fromJson(json: unknown, type: DslType): Value {
  switch (type.kind) {
    case 'number':
    case 'money':
      if (typeof json === 'number' && Number.isFinite(json)) return new Dec(String(json));
      if (typeof json === 'string' && DECIMAL_TEXT.test(json.trim())) return new Dec(json.trim());
      return null;
    case 'string':
      if (typeof json === 'string') return json;
      if (typeof json === 'number' || typeof json === 'boolean') return String(json);
      return null;
    case 'boolean':
      return typeof json === 'boolean' ? json : null;
    case 'null':
      return null;
    case 'list':
      return Array.isArray(json) ? json.map((x) => fromJson(x, type.element)) : [];
    case 'record': {
      const obj = isObject(json) ? json : {};
      return new Map(type.members.map((m) => [m.name, fromJson(obj[m.name], m.type)] as const));
    }
    case 'map': {
      const obj = isObject(json) ? json : {};
      return new Map(Object.entries(obj).map(([k, v]) => [k, fromJson(v, type.value)] as const));
    }
    case 'any':
      return fromAny(json);
  }
}

function fromAny(json: unknown): Value {
  if (json === null || json === undefined) return null;
  if (typeof json === 'number') return Number.isFinite(json) ? new Dec(String(json)) : null;
  if (typeof json === 'string' || typeof json === 'boolean') return json;
  if (Array.isArray(json)) return json.map(fromAny);
  if (isObject(json)) return new Map(Object.entries(json).map(([k, v]) => [k, fromAny(v)] as const));
  return null;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function toPlain(v: Value): PlainValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (isNum(v)) return { decimal: v.toFixed() };
  if (isList(v)) return v.map(toPlain);
  const out: Record<string, PlainValue> = {};
  for (const [k, x] of v) out[k] = toPlain(x);
  return out;
}

/** How a value reads inside an interpolated string and in the Run trace. */
export function display(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return v;
  if (isNum(v)) return v.toFixed();
  if (isList(v)) return v.map(display).join(', ');
  return `{${[...v].map(([k, x]) => `${k}: ${display(x)}`).join(', ')}}`;
}

/** "a number", "nothing", … for runtime messages. */
export function kindOf(v: Value): string {
  if (v === null) return 'nothing';
  if (typeof v === 'boolean') return 'a boolean';
  if (typeof v === 'string') return 'a string';
  if (isNum(v)) return 'a number';
  if (isList(v)) return 'a list';
  return 'a record';
}
