import type { ConditionField, Operator } from '../../domain/condition.ts';
import { CONDITION_FIELDS, OPERATORS } from '../../domain/condition.ts';
import { fieldSpec, valueShape, type FieldValueType } from '../../domain/condition-fields.ts';

/**
 * How a leaf's parts change together while an analyst edits it: picking a field keeps the
 * operator and value when they still fit, picking an operator reshapes the value (one value,
 * a pair for `between`, a list for `in`, nothing for `hasValue`). Works on input JSON, which may
 * not validate yet.
 */

type Json = Readonly<Record<string, unknown>>;

export const isConditionField = (v: unknown): v is ConditionField =>
  typeof v === 'string' && (CONDITION_FIELDS as readonly string[]).includes(v);

export const isOperator = (v: unknown): v is Operator => typeof v === 'string' && (OPERATORS as readonly string[]).includes(v);

/** An empty value of the field's type for one slot: booleans start true, everything else empty. */
function emptyOne(type: FieldValueType): unknown {
  if (type.kind === 'boolean') return true;
  if (type.kind === 'enum') return type.options[0]?.value ?? '';
  return '';
}

/**
 * The value reshaped for an operator, keeping what was entered where it fits.
 * @example reshapeValue('5', 'between', { kind: 'money' }) // ['5', '']
 */
export function reshapeValue(value: unknown, op: Operator, type: FieldValueType): unknown {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  switch (valueShape(op)) {
    case 'none': return undefined;
    case 'one': return list[0] ?? emptyOne(type);
    case 'pair': return [list[0] ?? emptyOne(type), list[1] ?? emptyOne(type)];
    case 'list': return list.filter((v) => v !== '');
  }
}

/**
 * The leaf with another field: the operator stays if the field offers it (else the field's
 * first), the key stays only for keyed fields, and the value is kept when the type is the same.
 * @example withField({ kind: 'leaf', field: 'subtotal', op: 'gte', value: '50' }, 'netSubtotal') // same op and value
 */
export function withField(leaf: Json, field: ConditionField): Json {
  const spec = fieldSpec(field);
  const op = isOperator(leaf['op']) && spec.operators.includes(leaf['op']) ? leaf['op'] : spec.operators[0]!;
  const before = isConditionField(leaf['field']) ? fieldSpec(leaf['field']).valueType : undefined;
  const sameType = before !== undefined && JSON.stringify(before) === JSON.stringify(spec.valueType);
  const value = reshapeValue(sameType ? leaf['value'] : undefined, op, spec.valueType);
  const key = spec.key === undefined ? undefined : typeof leaf['key'] === 'string' ? leaf['key'] : '';
  return compact({ kind: 'leaf', field, op, key, value });
}

/** The leaf with another operator, its value reshaped. */
export function withOperator(leaf: Json, op: Operator): Json {
  const type = isConditionField(leaf['field']) ? fieldSpec(leaf['field']).valueType : ({ kind: 'text' } as const);
  return compact({ ...leaf, op, value: reshapeValue(leaf['value'], op, type) });
}

/** Drops keys whose value is undefined, so the JSON view shows no `"value": undefined` ghosts. */
function compact(o: Record<string, unknown>): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
