import Decimal from 'decimal.js';
import type { ConditionValue, Minor, Operator, Scalar } from '../../../domain/index.ts';
import { tryParseMoney } from '../../../domain/index.ts';

/**
 * What a condition field or product attribute holds when it is compared.
 * - `money`: minor units; the condition's value strings are parsed with the bundle currency.
 * - `plain`: one scalar, or a list (segments, roles, tags…). On a list every operator asks
 *   "does some element …", so `contains` is membership; on a string `contains` is a substring test.
 * - `perLine`: one value per order line (line custom fields, stock labels, product requirements,
 *   answers); a positive operator holds when some line's value satisfies it.
 * Absent values are `undefined`. For every field, `ne`, `notIn`, `notContains` and `hasNoValue`
 * hold exactly when `eq`, `in`, `contains` and `hasValue` do not.
 */
export type Observed =
  | { readonly kind: 'money'; readonly value: Minor | undefined }
  | { readonly kind: 'plain'; readonly value: PlainValue }
  | { readonly kind: 'perLine'; readonly values: readonly PlainValue[] };

export type PlainValue = Scalar | readonly Scalar[] | undefined;

export type Tested = { readonly ok: true; readonly holds: boolean } | { readonly ok: false; readonly message: string };

type PositiveOp = Exclude<Operator, 'ne' | 'notIn' | 'notContains' | 'hasNoValue'>;

const NEGATIONS: Partial<Record<Operator, PositiveOp>> = { ne: 'eq', notIn: 'in', notContains: 'contains', hasNoValue: 'hasValue' };

/** True for the four operators that are the negation of another. */
export const isNegative = (op: Operator): boolean => NEGATIONS[op] !== undefined;

/**
 * Applies an operator to an observed value.
 * @example testValue('gte', { kind: 'money', value: 4200n }, '50', 'USD') // { ok: true, holds: false }
 */
export function testValue(op: Operator, observed: Observed, value: ConditionValue | undefined, currency: string): Tested {
  const positive = NEGATIONS[op];
  if (positive !== undefined) {
    const r = testValue(positive, observed, value, currency);
    return r.ok ? { ok: true, holds: !r.holds } : r;
  }
  const pop = op as PositiveOp;
  switch (observed.kind) {
    case 'money':
      return testMoney(pop, observed.value, value, currency);
    case 'plain':
      return testPlain(pop, observed.value, value);
    case 'perLine': {
      const shape = checkValueShape(pop, value);
      if (shape !== undefined) return { ok: false, message: shape };
      return { ok: true, holds: observed.values.some((v) => plainHolds(pop, v, value)) };
    }
  }
}

function testPlain(op: PositiveOp, observed: PlainValue, value: ConditionValue | undefined): Tested {
  const shape = checkValueShape(op, value);
  if (shape !== undefined) return { ok: false, message: shape };
  return { ok: true, holds: plainHolds(op, observed, value) };
}

function checkValueShape(op: PositiveOp, value: ConditionValue | undefined): string | undefined {
  if (op === 'hasValue') return undefined;
  if (value === undefined) return `the operator ${op} needs a value`;
  if (op === 'between' && !(Array.isArray(value) && value.length === 2)) return 'between needs two values [low, high]';
  return undefined;
}

function plainHolds(op: PositiveOp, observed: PlainValue, value: ConditionValue | undefined): boolean {
  if (op === 'hasValue') return hasValue(observed);
  if (observed === undefined) return false;
  if (isList(observed)) {
    if (op === 'contains') return observed.some((o) => scalarEquals(o, value as Scalar));
    return observed.some((o) => scalarHolds(op, o, value));
  }
  return scalarHolds(op, observed, value);
}

function scalarHolds(op: PositiveOp, o: Scalar, value: ConditionValue | undefined): boolean {
  const values = listOf(value);
  const v = values[0];
  switch (op) {
    case 'eq': return v !== undefined && scalarEquals(o, v);
    case 'in': return values.some((x) => scalarEquals(o, x));
    case 'gt': return v !== undefined && compareScalars(o, v) > 0;
    case 'gte': return v !== undefined && compareScalars(o, v) >= 0;
    case 'lt': return v !== undefined && compareScalars(o, v) < 0;
    case 'lte': return v !== undefined && compareScalars(o, v) <= 0;
    case 'between': {
      const [lo, hi] = values;
      return lo !== undefined && hi !== undefined && compareScalars(o, lo) >= 0 && compareScalars(o, hi) <= 0;
    }
    case 'contains': return v !== undefined && String(o).includes(String(v));
    case 'startsWith': return v !== undefined && String(o).startsWith(String(v));
    case 'endsWith': return v !== undefined && String(o).endsWith(String(v));
    case 'hasValue': return hasValue(o);
  }
}

function testMoney(op: PositiveOp, observed: Minor | undefined, value: ConditionValue | undefined, currency: string): Tested {
  if (op === 'hasValue') return { ok: true, holds: observed !== undefined };
  const shape = checkValueShape(op, value);
  if (shape !== undefined) return { ok: false, message: shape };
  if (op === 'contains' || op === 'startsWith' || op === 'endsWith') {
    return { ok: false, message: `the operator ${op} does not apply to an amount` };
  }
  const amounts: Minor[] = [];
  for (const v of listOf(value)) {
    const parsed = tryParseMoney(String(v), currency);
    if (!parsed.ok) return { ok: false, message: parsed.message };
    amounts.push(parsed.minor);
  }
  if (observed === undefined) return { ok: true, holds: false };
  const [a, b] = amounts;
  const first = a ?? 0n;
  switch (op) {
    case 'eq': return { ok: true, holds: observed === first };
    case 'in': return { ok: true, holds: amounts.includes(observed) };
    case 'gt': return { ok: true, holds: observed > first };
    case 'gte': return { ok: true, holds: observed >= first };
    case 'lt': return { ok: true, holds: observed < first };
    case 'lte': return { ok: true, holds: observed <= first };
    case 'between': return { ok: true, holds: observed >= first && observed <= (b ?? first) };
  }
}

const isList = (v: PlainValue | ConditionValue): v is readonly Scalar[] => Array.isArray(v);

const listOf = (v: ConditionValue | undefined): readonly Scalar[] => (v === undefined ? [] : isList(v) ? v : [v]);

function hasValue(v: PlainValue): boolean {
  if (v === undefined) return false;
  if (isList(v)) return v.length > 0;
  return v !== '';
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

function asDecimal(s: Scalar): Decimal | undefined {
  if (typeof s === 'number') return Number.isFinite(s) ? new Decimal(s) : undefined;
  if (typeof s === 'string' && NUMERIC.test(s)) return new Decimal(s);
  return undefined;
}

/** Same type compares directly; a number and a numeric string compare as decimals; else as text. */
export function scalarEquals(a: Scalar, b: Scalar): boolean {
  if (typeof a === typeof b) return a === b;
  const da = asDecimal(a);
  const db = asDecimal(b);
  if (da !== undefined && db !== undefined) return da.equals(db);
  return String(a) === String(b);
}

/** Numbers (and numeric strings) as decimals, anything else by code units (ISO dates sort correctly). */
export function compareScalars(a: Scalar, b: Scalar): number {
  const da = asDecimal(a);
  const db = asDecimal(b);
  if (da !== undefined && db !== undefined) return da.comparedTo(db);
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
