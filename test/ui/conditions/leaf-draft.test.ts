import { describe, expect, it } from 'vitest';
import type { ConditionField, Operator } from '../../../src/domain/condition.ts';
import type { FieldValueType } from '../../../src/domain/condition-fields.ts';
import { reshapeValue, withField, withOperator } from '../../../src/ui/conditions/leaf-draft.ts';

const money: FieldValueType = { kind: 'money' };

describe('reshapeValue', () => {
  it.each<[unknown, Operator, FieldValueType, unknown]>([
    ['5', 'between', money, ['5', '']],
    [['5', '9'], 'gte', money, '5'],
    ['5', 'in', money, ['5']],
    ['', 'in', money, []],
    ['5', 'hasValue', money, undefined],
    [undefined, 'eq', { kind: 'boolean' }, true],
    [undefined, 'eq', { kind: 'enum', options: [{ value: 'online', label: 'online' }] }, 'online'],
    [['a', 'b'], 'notIn', { kind: 'text' }, ['a', 'b']],
  ])('%j for %s', (value, op, type, expected) => {
    expect(reshapeValue(value, op, type)).toEqual(expected);
  });
});

describe('withField', () => {
  it.each<[string, Record<string, unknown>, ConditionField, unknown]>([
    ['same type keeps op and value', { kind: 'leaf', field: 'subtotal', op: 'lt', value: '50' }, 'netSubtotal',
      { kind: 'leaf', field: 'netSubtotal', op: 'lt', value: '50' }],
    ['other type resets the value', { kind: 'leaf', field: 'subtotal', op: 'eq', value: '50' }, 'channel',
      { kind: 'leaf', field: 'channel', op: 'eq', value: 'inStore' }],
    ['operator not offered falls back to the first', { kind: 'leaf', field: 'outlet', op: 'startsWith', value: 'n' }, 'segments',
      { kind: 'leaf', field: 'segments', op: 'contains', value: '' }],
    ['keyed field gets an empty key', { kind: 'leaf' }, 'orderCustomField',
      { kind: 'leaf', field: 'orderCustomField', op: 'eq', key: '', value: '' }],
    ['unkeyed field drops the key', { kind: 'leaf', field: 'answer', key: 'q1', op: 'eq', value: 'x' }, 'email',
      { kind: 'leaf', field: 'email', op: 'eq', value: 'x' }],
    ['a blank leaf gets the field defaults', { kind: 'leaf' }, 'subtotal', { kind: 'leaf', field: 'subtotal', op: 'gte', value: '' }],
  ])('%s', (_name, leaf, field, expected) => {
    expect(withField(leaf, field)).toEqual(expected);
  });
});

describe('withOperator', () => {
  it.each<[Record<string, unknown>, Operator, unknown]>([
    [{ kind: 'leaf', field: 'age', op: 'gte', value: 18 }, 'between', { kind: 'leaf', field: 'age', op: 'between', value: [18, ''] }],
    [{ kind: 'leaf', field: 'email', op: 'eq', value: 'a' }, 'hasNoValue', { kind: 'leaf', field: 'email', op: 'hasNoValue' }],
    [{ kind: 'leaf', field: 'channel', op: 'eq', value: 'online' }, 'in', { kind: 'leaf', field: 'channel', op: 'in', value: ['online'] }],
  ])('%j → %s', (leaf, op, expected) => {
    expect(withOperator(leaf, op)).toEqual(expected);
  });
});
