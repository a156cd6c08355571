import { tryParseMoney } from '../../domain/money.ts';
import type { FieldValueType } from '../../domain/condition-fields.ts';

/**
 * Turns what an analyst typed into a leaf value of the field's type, or says what is wrong with
 * it. The text is kept in the tree either way (a half-typed amount is never thrown away); the
 * message marks the input in place until it reads. Money stays a decimal string and is checked
 * with the domain's money parsing in the bundle's currency, never turned into a float.
 * @example readValue('12.345', { kind: 'money' }, 'USD') // { value: '12.345', error: '…' }
 */
export function readValue(text: string, type: FieldValueType, currency: string): { readonly value: unknown; readonly error?: string } {
  const t = text.trim();
  switch (type.kind) {
    case 'money': {
      if (t === '') return { value: t, error: 'Enter an amount.' };
      const parsed = tryParseMoney(t, currency);
      return parsed.ok ? { value: t } : { value: t, error: parsed.message };
    }
    case 'count':
    case 'integer': {
      const whole = type.kind === 'count' ? /^\d+$/ : /^-?\d+$/;
      if (!whole.test(t)) return { value: t, error: t === '' ? 'Enter a whole number.' : `"${t}" is not a whole number${type.kind === 'count' ? ' of zero or more' : ''}.` };
      const n = Number(t);
      return Number.isSafeInteger(n) ? { value: n } : { value: t, error: `${t} is too large.` };
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(t) ? { value: t } : { value: t, error: 'Enter a date as YYYY-MM-DD.' };
    case 'boolean':
      return t === 'true' || t === 'false' ? { value: t === 'true' } : { value: t, error: 'Choose yes or no.' };
    case 'enum':
      return type.options.some((o) => o.value === t) ? { value: t } : { value: t, error: `"${t}" is not one of ${type.options.map((o) => o.value).join(', ')}.` };
    case 'text':
    case 'listOfText':
      return { value: text };
  }
}

/** A stored value as the text of its input. */
export const valueText = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
