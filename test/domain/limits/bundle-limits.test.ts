import { describe, expect, it } from 'vitest';
import { validateBundle } from '../../../src/bundle/validate.ts';
import { BUDGET, LIMITS } from '../../../src/domain/limits.ts';
import { makeBundle } from '../../support/bundle-factories.ts';
import { bundleWithPromotion, nestedCondition, withValueAt } from '../../support/hostile-factories.ts';

const errors = (value: unknown) => {
  const r = validateBundle(value);
  return r.ok ? [] : r.problems.filter((p) => p.severity === 'error').map((p) => ({ code: p.code, path: p.path }));
};

const tiers = (n: number) => Array.from({ length: n }, (_, i) => ({ threshold: { kind: 'buys', quantity: i + 1 }, reward: { kind: 'percent', percent: '10' } }));

describe('bundle limits (each at its limit passes, one past it is refused with a path)', () => {
  it.each([
    ['condition depth', (n: number) => bundleWithPromotion({ conditions: nestedCondition(n) }), LIMITS.conditionDepth, 'limit-condition-depth', `$.promotions[0].conditions${'.of'.repeat(LIMITS.conditionDepth)}`],
    ['condition nodes', (n: number) => bundleWithPromotion({ conditions: { kind: 'all', of: Array.from({ length: n - 1 }, () => nestedCondition(1)) } }), LIMITS.conditionNodes, 'limit-condition-nodes', '$.promotions[0]'],
    ['item-deal tiers', (n: number) => withValueAt(makeBundle(), ['promotions', 0, 'rule', 'tiers'], tiers(n)), LIMITS.itemDealTiers, 'schema-too-big', '$.promotions[0].rule.tiers'],
    ['script length', (n: number) => withValueAt(makeBundle(), ['scripts', 0, 'source'], `${' '.repeat(n - 4)}true`), LIMITS.scriptLength, 'schema-too-big', '$.scripts[0].source'],
    ['search budget', (n: number) => withValueAt(makeBundle(), ['settings', 'searchBudget'], n), BUDGET.maxNodes, 'schema-too-big', '$.settings.searchBudget'],
  ] as const)('%s', (_what, make, limit, code, path) => {
    expect(errors(make(limit)).filter((p) => p.code === code)).toEqual([]);
    expect(errors(make(limit + 1))).toContainEqual({ code, path });
  });

  it('promotions per bundle', () => {
    const b = makeBundle() as unknown as { promotions: unknown[] };
    const first = b.promotions[0] as Record<string, unknown>;
    b.promotions = Array.from({ length: LIMITS.promotionsPerBundle + 1 }, (_, i) => ({ ...first, id: `p-${i}` }));
    expect(errors(b)).toContainEqual({ code: 'schema-too-big', path: '$.promotions' });
  });
});
