import type { FieldValueType } from '../../domain/condition-fields.ts';

/**
 * Custom fields and product attributes hold whatever the data holds, so the declaration types
 * them as text; the analyst may compare them as a number, a date or yes/no instead. The choice
 * is not stored apart from the value: it is read back from the value itself (a number, an ISO
 * date, a boolean), so the JSON stays the one truth.
 */
export type FreeValueKind = 'text' | 'number' | 'date' | 'boolean';

export const FREE_VALUE_KINDS: readonly (readonly [FreeValueKind, string])[] = [
  ['text', 'text'], ['number', 'whole number'], ['date', 'date'], ['boolean', 'yes / no'],
];

/**
 * How a stored value reads: the first element of a list decides for the list.
 * @example freeValueKind(['2026-01-31', '2026-12-31']) // 'date'
 */
export function freeValueKind(value: unknown): FreeValueKind {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return 'date';
  return 'text';
}

/** The value editor's type for a kind. */
export function freeValueType(kind: FreeValueKind): FieldValueType {
  switch (kind) {
    case 'text': return { kind: 'text' };
    case 'number': return { kind: 'integer' };
    case 'date': return { kind: 'date' };
    case 'boolean': return { kind: 'boolean' };
  }
}

/**
 * A fresh value of a kind, in the value's current shape (one, pair or list). A date starts at
 * `today` (YYYY-MM-DD): an empty date would read back as text.
 */
export function emptyFreeValue(kind: FreeValueKind, value: unknown, today: string): unknown {
  const one = kind === 'boolean' ? true : kind === 'number' ? 0 : kind === 'date' ? today : '';
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return one;
  return value.length === 2 ? [one, one] : [];
}
