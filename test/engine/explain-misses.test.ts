import { describe, expect, it } from 'vitest';
import type { EvaluationResult } from '../../src/domain/result.ts';
import { evaluate } from '../../src/engine/index.ts';
import { readSampleBaskets, readSampleBundle } from '../support/sample-files.ts';

/** What an order-history replay keeps of a result: money, applications, and the limit reasons. */
const kept = (r: EvaluationResult) => ({
  totals: r.totals, lines: r.lines, applications: r.applications, optimal: r.optimal,
  limits: r.promotions.filter((p) => p.status === 'notApplied' && (p.reason === 'limitReached' || p.reason === 'budgetExhausted')),
  applied: r.promotions.filter((p) => p.status === 'applied'),
});

// Replays skip the re-solves that explain a lost deal; nothing they keep may change.
describe('evaluate with explainMisses: false', () => {
  const bundle = readSampleBundle();
  const baskets = readSampleBaskets();

  it('gives every sample basket the same totals, applications and limit reasons', () => {
    for (const { file, basket } of baskets) {
      const full = evaluate(bundle, basket.order, basket.state);
      const quick = evaluate(bundle, basket.order, basket.state, { explainMisses: false });
      expect(kept(quick), file).toEqual(kept(full));
    }
  });

  it('skips the explanations themselves (some sample basket has a deal that lost the best deal)', () => {
    let skipped = 0;
    for (const { basket } of baskets) {
      const full = evaluate(bundle, basket.order, basket.state);
      const quick = evaluate(bundle, basket.order, basket.state, { explainMisses: false });
      quick.promotions.forEach((p, i) => {
        if (p.status === 'notApplied' && p.message.includes('without explanations')) {
          skipped++;
          expect(full.promotions[i]!.status).toBe('notApplied');
        }
      });
    }
    expect(skipped).toBeGreaterThan(0);
  });
});
