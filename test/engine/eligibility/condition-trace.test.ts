import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/domain/index.ts';
import { checkConditions } from '../../../src/engine/eligibility/index.ts';
import {
  nodeKey, traceCondition, traceForOrder, truthAt, type ConditionPath, type NodeTruth,
} from '../../../src/engine/eligibility/conditions/trace.ts';
import { bundle, ctx, customer, leaf, ledger, order, promo } from '../../support/eligibility-factories.ts';

// The base order: two shoes at 50.00 (subtotal 100.00), in store, carry-out.
const big = leaf('subtotal', 'gte', '60'); // holds, observed 100.00
const online = leaf('channel', 'eq', 'online'); // fails, observed inStore
const gold = leaf('segments', 'contains', 'gold');

describe('nodeKey', () => {
  it.each<[ConditionPath, string]>([
    [[], '$'],
    [[0], '$.of[0]'],
    [[0, 1], '$.of[0].of[1]'],
    [['of'], '$.of'],
    [[2, 'of', 0], '$.of[2].of.of[0]'],
  ])('%j → %s', (path, key) => {
    expect(nodeKey(path)).toBe(key);
  });
});

describe('traceCondition: every node, the engine’s verdict', () => {
  const tree: Condition = { kind: 'all', of: [big, { kind: 'any', of: [online, { kind: 'not', of: online }] }, online] };
  const trace = traceCondition(tree, ctx(), 0n);

  it.each<[ConditionPath, Partial<NodeTruth>]>([
    [[], { result: false }],
    [[0], { result: true, observed: '100.00', text: 'subtotal 100.00 ≥ 60.00' }],
    [[1], { result: true }],
    [[1, 0], { result: false, observed: 'inStore', text: 'channel inStore ≠ online' }],
    [[1, 1], { result: true }],
    [[1, 1, 'of'], { result: false, observed: 'inStore' }],
    // The engine's `all` stops at its first failing child, [2]; the trace decides every node anyway.
    [[2], { result: false, observed: 'inStore' }],
  ])('%j', (path, expected) => {
    expect(truthAt(trace, path)).toMatchObject(expected);
  });

  it('has exactly one entry per node', () => {
    expect(Object.keys(trace.nodes)).toHaveLength(7);
  });

  it('the root agrees with checkConditions', () => {
    for (const c of [tree, big, online, { kind: 'any', of: [online, big] } as Condition]) {
      expect(traceCondition(c, ctx(), 0n).nodes['$']!.result).toBe(checkConditions(promo({ conditions: c }), ctx(), 0n).ok);
    }
  });

  it('leaves after a failing sibling are still decided (the engine would not reach them)', () => {
    const t = traceCondition({ kind: 'all', of: [online, big] }, ctx(), 0n);
    expect(truthAt(t, [1])?.result).toBe(true);
  });

  it('a script that cannot run is marked as an error, never as true', () => {
    const t = traceCondition({ kind: 'script', scriptId: 's1' }, ctx(), 0n);
    expect(t.nodes['$']).toMatchObject({ result: false, error: true });
  });

  it.each<[bigint, boolean]>([[5999n, false], [6000n, true]])('netSubtotal leaves read the given net subtotal %s', (net, holds) => {
    expect(traceCondition(leaf('netSubtotal', 'gte', '60'), ctx(), net).nodes['$']!.result).toBe(holds);
  });
});

describe('traceForOrder: the context as the engine builds it', () => {
  const b = bundle();
  const withGold = order({ customer: customer({ segments: ['silver'] }) });

  it('traces the conditions at the gross subtotal and says so', () => {
    const p = promo({ conditions: { kind: 'all', of: [leaf('netSubtotal', 'gte', '100'), gold] } });
    const t = traceForOrder(b, withGold, p);
    expect(t.conditions?.netSubtotal).toBe('gross');
    expect(truthAt(t.conditions, [0])?.result).toBe(true);
    expect(truthAt(t.conditions, [1])).toMatchObject({ result: false, observed: '[silver]' });
  });

  it('traces the qualifying-customer filters as "any of" them, filter i at node [i]', () => {
    const p = promo({ scope: { customers: [gold, leaf('segments', 'contains', 'silver')] } });
    const t = traceForOrder(b, withGold, p);
    expect(t.conditions).toBeUndefined();
    expect([truthAt(t.customers, [0])?.result, truthAt(t.customers, [1])?.result, truthAt(t.customers, [])?.result]).toEqual([false, true, true]);
  });

  it('no filters, no conditions: nothing traced', () => {
    expect(traceForOrder(b, withGold, promo())).toEqual({});
  });

  it('reads points from the ledger as the engine does', () => {
    const p = promo({ conditions: leaf('points', 'gte', 100) });
    const o = order({ customer: customer({ points: 10 }) });
    expect(traceForOrder(b, o, p).conditions?.nodes['$']!.result).toBe(false);
    expect(traceForOrder(b, o, p, ledger({ points: { c1: 500 } }))
      .conditions?.nodes['$']!.result).toBe(true);
  });
});
