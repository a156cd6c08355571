import { describe, expect, it } from 'vitest';
import { compareRuns, type ComparedRun } from '../../../src/ui/history/compare-runs.ts';
import { outcome, run } from '../../support/report-factories.ts';

const one = [outcome('o1', '1.00', [['p-a', '1.00']])];

describe('compareRuns refuses what cannot be compared, naming it', () => {
  it.each<{ name: string; before: ComparedRun; after: ComparedRun; codes: string[]; says: string }>([
    { name: 'another currency', before: run('A', one), after: run('B', one, { currency: 'EUR' }), codes: ['compare-currency-differs'], says: '"A" is in USD, "B" in EUR' },
    { name: 'another history', before: run('A', one), after: run('B', one, { history: { fingerprint: 'h2', orders: 1 } }), codes: ['compare-history-differs'], says: 'different order histories' },
    { name: 'an order in one run only', before: run('A', one), after: run('B', [...one, outcome('o2', '0.00')]), codes: ['compare-order-missing'], says: 'order o2 is in "B" but not in "A"' },
    { name: 'an amount that is not money', before: run('A', [outcome('o1', '1.005', [['p-a', '1.00']])]), after: run('B', one), codes: ['compare-bad-amount'], says: 'A: order o1, saving' },
    { name: 'an order twice in one run', before: run('A', [...one, ...one]), after: run('B', one), codes: ['compare-duplicate-order'], says: 'order o1 appears twice' },
  ])('$name', ({ before, after, codes, says }) => {
    const r = compareRuns(before, after);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.code)).toEqual(codes);
    expect(r.problems[0]!.message).toContain(says);
    expect(r.problems[0]!.path).toMatch(/^\$\./);
  });
});
