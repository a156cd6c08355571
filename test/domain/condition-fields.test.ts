import { describe, expect, it } from 'vitest';
import { CONDITION_FIELDS, OPERATORS, type Operator } from '../../src/domain/condition.ts';
import {
  CONDITION_FIELD_SPECS, FIELD_FAMILIES, fieldInMessage, fieldSpec, valueShape,
} from '../../src/domain/condition-fields.ts';

describe('the one declaration of condition fields', () => {
  it('declares every CONDITION_FIELDS entry exactly once', () => {
    const declared = CONDITION_FIELD_SPECS.map((s) => s.field);
    expect([...declared].sort()).toEqual([...CONDITION_FIELDS].sort());
  });

  it.each(CONDITION_FIELD_SPECS.map((s) => [s.field, s] as const))('%s: operators are known, unique, and non-empty', (_f, spec) => {
    expect(spec.operators.length).toBeGreaterThan(0);
    for (const op of spec.operators) expect(OPERATORS).toContain(op);
    expect(new Set(spec.operators).size).toBe(spec.operators.length);
  });

  it.each(CONDITION_FIELD_SPECS.map((s) => [s.field, s] as const))('%s: family is a picker family and texts are filled', (_f, spec) => {
    expect(FIELD_FAMILIES).toContain(spec.family);
    expect(spec.label).not.toBe('');
    expect(spec.help).not.toBe('');
  });

  it('a field takes a key exactly when its message names one', () => {
    for (const spec of CONDITION_FIELD_SPECS) expect(spec.key !== undefined).toBe(spec.inMessage.includes('{key}'));
  });

  it('the keyed fields are the custom fields, answers and product requirements (SPEC §3.4)', () => {
    const keyed = CONDITION_FIELD_SPECS.filter((s) => s.key !== undefined).map((s) => s.field).sort();
    expect(keyed).toEqual(['answer', 'customerCustomField', 'lineCustomField', 'orderCustomField', 'productRequirement']);
  });

  it('money fields never offer text operators', () => {
    for (const spec of CONDITION_FIELD_SPECS.filter((s) => s.valueType.kind === 'money')) {
      expect(spec.operators).not.toContain('contains');
      expect(spec.operators).not.toContain('startsWith');
    }
  });

  it('enum options are the domain enum values', () => {
    const t = fieldSpec('channel').valueType;
    expect(t.kind === 'enum' && t.options.map((o) => o.value)).toEqual(['inStore', 'online']);
  });

  it.each<[Parameters<typeof fieldInMessage>[0], string | undefined, string]>([
    ['subtotal', undefined, 'subtotal'],
    ['orderCustomField', 'table', 'order field table'],
    ['answer', 'q1', 'answer to q1'],
    ['productRequirement', 'size', 'product size'],
  ])('fieldInMessage(%s, %s) = %s', (field, key, expected) => {
    expect(fieldInMessage(field, key)).toBe(expected);
  });

  it.each<[Operator, string]>([
    ['hasValue', 'none'], ['hasNoValue', 'none'], ['between', 'pair'], ['in', 'list'], ['notIn', 'list'], ['eq', 'one'], ['contains', 'one'],
  ])('valueShape(%s) = %s', (op, shape) => {
    expect(valueShape(op)).toBe(shape);
  });
});
