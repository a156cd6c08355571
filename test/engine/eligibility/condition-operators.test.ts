import { describe, expect, it } from 'vitest';
import type { ConditionValue, Operator } from '../../../src/domain/index.ts';
import { testValue, type Observed } from '../../../src/engine/eligibility/index.ts';

const money = (value: bigint | undefined): Observed => ({ kind: 'money', value });
const plain = (value: unknown): Observed => ({ kind: 'plain', value }) as Observed;
const perLine = (...values: (string | number | boolean | undefined)[]): Observed => ({ kind: 'perLine', values });

const holds = (op: Operator, observed: Observed, value?: ConditionValue): boolean | string => {
  const r = testValue(op, observed, value, 'USD');
  return r.ok ? r.holds : `error: ${r.message}`;
};

describe('operators on money (minor units vs decimal strings in the bundle currency)', () => {
  it.each<[Operator, bigint | undefined, ConditionValue | undefined, boolean]>([
    ['eq', 5000n, '50', true], ['eq', 5000n, '50.01', false], ['ne', 5000n, '50.00', false],
    ['gt', 5001n, '50', true], ['gt', 5000n, '50', false],
    ['gte', 5000n, '50', true], ['gte', 4200n, '50', false],
    ['lt', 4999n, '50', true], ['lt', 5000n, '50', false],
    ['lte', 5000n, '50', true], ['lte', 5001n, '50', false],
    ['between', 1000n, ['10', '20'], true], ['between', 2000n, ['10', '20'], true],
    ['between', 999n, ['10', '20'], false], ['between', 2001n, ['10', '20'], false],
    ['in', 1000n, ['5', '10.00'], true], ['notIn', 1000n, ['5', '10.00'], false],
    ['hasValue', 0n, undefined, true], ['hasNoValue', 0n, undefined, false],
    ['gte', undefined, '0', false], ['hasValue', undefined, undefined, false],
    ['gte', 5000n, 50, true], // a number value is read as an amount too
  ])('%s %s vs %j → %s', (op, observed, value, expected) => {
    expect(holds(op, money(observed), value)).toBe(expected);
  });

  it.each<[Operator, ConditionValue | undefined]>([
    ['gte', 'fifty'], ['gte', '50.001'], ['contains', '5'], ['between', ['1']], ['eq', undefined],
  ])('%s with %j is an error, not a silent false', (op, value) => {
    expect(String(holds(op, money(5000n), value))).toMatch(/^error: /);
  });
});

describe('operators on one scalar', () => {
  it.each<[Operator, unknown, ConditionValue | undefined, boolean]>([
    ['eq', 'delivery', 'delivery', true], ['eq', 'delivery', 'Delivery', false], ['ne', 'delivery', 'carryOut', true],
    ['eq', 30, '30', true], ['eq', '30.0', 30, true], ['eq', true, 'true', true], ['eq', false, true, false],
    ['gt', 30, 18, true], ['gt', 18, 18, false], ['gte', 18, 18, true], ['lt', 17, 18, true], ['lte', 19, 18, false],
    ['gt', '10', '9', true], // numeric strings compare as numbers, not text
    ['lt', '2026-01-01', '2026-05-04', true], // other strings by code units: ISO dates order correctly
    ['between', 18, [18, 65], true], ['between', 65, [18, 65], true], ['between', 66, [18, 65], false],
    ['in', 'online', ['online', 'inStore'], true], ['in', 'x', ['a'], false], ['in', 'a', 'a', true],
    ['notIn', 'x', ['a', 'b'], true], ['notIn', 'a', ['a', 'b'], false],
    ['contains', 'gold-member', 'gold', true], ['contains', 'silver', 'gold', false], ['notContains', 'silver', 'gold', true],
    ['startsWith', 'K1A 0B1', 'K1A', true], ['startsWith', 'M5V', 'K1A', false],
    ['endsWith', 'shop@acme.com', '.com', true], ['endsWith', 'shop@acme.org', '.com', false],
    ['hasValue', 'x', undefined, true], ['hasValue', '', undefined, false], ['hasValue', undefined, undefined, false],
    ['hasNoValue', undefined, undefined, true], ['hasNoValue', '', undefined, true],
    ['eq', undefined, 'x', false], ['ne', undefined, 'x', true], ['gt', undefined, 1, false],
  ])('%s %j vs %j → %s', (op, observed, value, expected) => {
    expect(holds(op, plain(observed), value)).toBe(expected);
  });
});

describe('operators on a list (segments, roles, memberships, permissions, tags): "some element"', () => {
  const list = ['vip', 'staff'];
  it.each<[Operator, readonly string[], ConditionValue | undefined, boolean]>([
    ['contains', list, 'vip', true], ['contains', list, 'vi', false], // membership, not substring
    ['notContains', list, 'vip', false], ['notContains', list, 'retail', true],
    ['eq', list, 'staff', true], ['ne', list, 'staff', false],
    ['in', list, ['retail', 'vip'], true], ['in', list, ['retail'], false], ['notIn', list, ['retail'], true],
    ['startsWith', list, 'st', true], ['hasValue', list, undefined, true],
    ['hasValue', [], undefined, false], ['hasNoValue', [], undefined, true], ['contains', [], 'vip', false],
  ])('%s %j vs %j → %s', (op, observed, value, expected) => {
    expect(holds(op, plain(observed), value)).toBe(expected);
  });
});

describe('operators on per-line values: positive ops ask "some line", negative ops "no line"', () => {
  it.each<[Operator, Observed, ConditionValue | undefined, boolean]>([
    ['eq', perLine('clearance', undefined), 'clearance', true],
    ['ne', perLine('clearance', 'new'), 'clearance', false], // ne = not (some line eq)
    ['ne', perLine('new', undefined), 'clearance', true],
    ['contains', perLine('gift-wrap'), 'gift', true], // substring on a line's string
    ['hasValue', perLine(undefined, 'x'), undefined, true],
    ['hasNoValue', perLine(undefined, undefined), undefined, true],
    ['gte', perLine(3, 10), 5, true], ['gt', perLine(3, 5), 5, false],
    ['eq', perLine(), 'x', false], ['notIn', perLine(), ['x'], true],
  ])('%s on %j vs %j → %s', (op, observed, value, expected) => {
    expect(holds(op, observed, value)).toBe(expected);
  });
});
