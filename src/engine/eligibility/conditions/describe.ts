import type { ConditionValue, Operator, Scalar } from '../../../domain/index.ts';
import { formatMoney, tryParseMoney } from '../../../domain/index.ts';
import type { Observed, PlainValue } from './values.ts';

/**
 * Sentences for condition leaves as a user reads them: "subtotal 42.00 < 50.00",
 * "segments [retail] does not contain vip", "email has no value".
 */

/** [wording when the leaf holds, wording when it fails]. */
const WORDS: Record<Operator, readonly [string, string]> = {
  eq: ['=', '≠'], ne: ['≠', '='],
  gt: ['>', '≤'], gte: ['≥', '<'], lt: ['<', '≥'], lte: ['≤', '>'],
  between: ['between', 'not between'],
  in: ['in', 'not in'], notIn: ['not in', 'in'],
  contains: ['contains', 'does not contain'], notContains: ['does not contain', 'contains'],
  startsWith: ['starts with', 'does not start with'], endsWith: ['ends with', 'does not end with'],
  hasValue: ['has a value', 'has no value'], hasNoValue: ['has no value', 'has a value'],
};

/**
 * The sentence stating what was found: `holds` picks the wording.
 * @example describeLeaf('subtotal', 'gte', { kind: 'money', value: 4200n }, '50', false, 'USD') // 'subtotal 42.00 < 50.00'
 */
export function describeLeaf(
  label: string, op: Operator, observed: Observed, value: ConditionValue | undefined, holds: boolean, currency: string,
): string {
  const word = WORDS[op][holds ? 0 : 1];
  if (op === 'hasValue' || op === 'hasNoValue') return `${label} ${word}`;
  const money = observed.kind === 'money';
  return `${label} ${formatObserved(observed, currency)} ${word} ${formatConditionValue(op, value, money, currency)}`;
}

/** The observed value as shown in messages and in `observed`. */
export function formatObserved(observed: Observed, currency: string): string {
  switch (observed.kind) {
    case 'money': return observed.value === undefined ? '(none)' : formatMoney(observed.value, currency);
    case 'plain': return formatPlain(observed.value);
    case 'perLine': {
      const shown = [...new Set(observed.values.filter((v) => v !== undefined).map(formatPlain))];
      return `[${shown.join(', ')}]`;
    }
  }
}

function formatPlain(v: PlainValue): string {
  if (v === undefined) return '(none)';
  if (Array.isArray(v)) return `[${(v as readonly Scalar[]).map(String).join(', ')}]`;
  return String(v);
}

function formatConditionValue(op: Operator, value: ConditionValue | undefined, money: boolean, currency: string): string {
  const one = (s: Scalar): string => {
    if (!money) return String(s);
    const parsed = tryParseMoney(String(s), currency);
    return parsed.ok ? formatMoney(parsed.minor, currency) : String(s);
  };
  if (value === undefined) return '(none)';
  if (!Array.isArray(value)) return one(value as Scalar);
  const list = value as readonly Scalar[];
  if (op === 'between' && list.length === 2) return `${one(list[0]!)} and ${one(list[1]!)}`;
  return `[${list.map(one).join(', ')}]`;
}
