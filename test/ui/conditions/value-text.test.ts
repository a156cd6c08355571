import { expect, it } from 'vitest';
import type { FieldValueType } from '../../../src/domain/condition-fields.ts';
import { readValue } from '../../../src/ui/conditions/value-text.ts';

it.each<[string, FieldValueType, unknown, boolean]>([
  ['50', { kind: 'money' }, '50', false],
  ['62.00', { kind: 'money' }, '62.00', false],
  ['12.345', { kind: 'money' }, '12.345', true],
  ['12,5', { kind: 'money' }, '12,5', true],
  ['', { kind: 'money' }, '', true],
  ['3', { kind: 'count' }, 3, false],
  ['-3', { kind: 'count' }, '-3', true],
  ['-3', { kind: 'integer' }, -3, false],
  ['2.5', { kind: 'integer' }, '2.5', true],
  ['2026-05-04', { kind: 'date' }, '2026-05-04', false],
  ['4/5/26', { kind: 'date' }, '4/5/26', true],
  ['false', { kind: 'boolean' }, false, false],
  ['online', { kind: 'enum', options: [{ value: 'online', label: 'online' }] }, 'online', false],
  ['web', { kind: 'enum', options: [{ value: 'online', label: 'online' }] }, 'web', true],
  [' gold ', { kind: 'text' }, ' gold ', false],
])('%j as %j', (text, type, value, hasError) => {
  const r = readValue(text, type, 'USD');
  expect(r.value).toEqual(value);
  expect(r.error !== undefined).toBe(hasError);
});

it('money is checked in the bundle currency (JPY has no decimals)', () => {
  expect(readValue('100.5', { kind: 'money' }, 'JPY').error).toMatch(/more decimals than JPY/);
});
