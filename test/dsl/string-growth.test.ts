import { describe, expect, it } from 'vitest';
import { runScript } from '../../src/dsl/index.ts';
import { MAX_STRING_LENGTH } from '../../src/dsl/interpreter.ts';

const lines = (n: number) => ({ Order: { Lines: Array.from({ length: n }, (_, i) => ({ Id: `l${i}` })) } });
// 10 × 10 × 10 loop turns: doubling 1,000 times would be 2^1000 characters.
const DOUBLING = `extend DiscountCondition
set s to 'ab'
foreach a in Order.Lines
foreach b in Order.Lines
foreach c in Order.Lines
set s to s + s
end
end
end
output s = ''
`;

// Issue 11: a string-doubling script took 10 s and 1.4 GB and was reported as `nesting-too-deep`.
describe('strings a script builds are bounded', () => {
  it('doubling stops with value-too-large at the `+` after a handful of steps', () => {
    const r = runScript(DOUBLING, lines(10), { now: () => 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('value-too-large');
      expect(DOUBLING.slice(r.error.start, r.error.end)).toBe('s + s');
      // 2 × 2^k > limit after k ≈ log2(limit) doublings; each loop turn costs a few steps.
      expect(r.steps).toBeLessThan(20 * Math.ceil(Math.log2(MAX_STRING_LENGTH)));
    }
  });

  it('interpolation is measured too', () => {
    const source = `extend DiscountCondition\nset s to 'abcdefgh'\nforeach a in Order.Lines\nforeach b in Order.Lines\nset s to $'{s}{s}'\nend\nend\noutput s = ''\n`;
    const r = runScript(source, lines(10), { now: () => 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('value-too-large');
  });

  it('a string just under the limit is fine', () => {
    const source = `extend DiscountCondition\nset s to 'a'\nforeach a in Order.Lines\nset s to s + s\nend\noutput s <> ''\n`;
    const r = runScript(source, lines(16), { now: () => 0 }); // 2^16 = 65,536 characters
    expect(r).toMatchObject({ ok: true, outputs: [true] });
  });
});
