import { describe, expect, it } from 'vitest';
import { runScript } from '../../src/dsl/index.ts';

const lines = (n: number) => ({ Order: { Lines: Array.from({ length: n }, (_, i) => ({ Id: `l${i}` })) } });

// Issue 11: `run-script` printed `Infinity` as JSON. decimal.js overflows to Infinity; a script now stops there.
describe('numbers that overflow stop the script', () => {
  it.each([
    ['squaring', `extend DiscountFinancialDispersion\nset x to 10\nforeach a in Order.Lines\nforeach b in Order.Lines\nset x to x * x\nend\nend\noutput x, 1\n`, 'x * x'],
    ['squaring in a condition', `extend DiscountCondition\nset x to 2\nforeach a in Order.Lines\nforeach b in Order.Lines\nset x to x * x\nend\nend\noutput x > 0\n`, 'x * x'],
  ])('%s → number-overflow', (_what, source, at) => {
    const r = runScript(source, lines(40), { now: () => 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('number-overflow');
      if (at !== undefined) expect(source.slice(r.error.start, r.error.end)).toBe(at);
    }
  });
});
