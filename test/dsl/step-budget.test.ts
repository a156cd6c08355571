import { describe, expect, it } from 'vitest';
import { runScript } from '../../src/dsl/index.ts';
import { lines, rangeOf } from '../support/dsl-factories.ts';

const CD = 'extend DiscountCondition';
const manyLines = (count: number) => ({ Order: { Lines: Array.from({ length: count }, (_, i) => ({ Id: `l${i}`, Quantity: 1 })) } });

describe('runaway scripts stop at their budget, at the node that exhausted it', () => {
  it('a loop: steps are counted per statement and expression node', () => {
    // extend 1 · set 2 · literal 3 · foreach 4 · Order.Lines 5 · Order 6 · then 4 per iteration
    // (set, +, x, 1): iteration 1 uses 7–10, so with budget 10 the 2nd iteration's `set` is step 11.
    const src = lines(CD, 'set x to 0', 'foreach l in Order.Lines', '  set x to x + 1', 'end', 'output true');
    const r = runScript(src, manyLines(5), { stepBudget: 10 });
    expect(r).toMatchObject({ ok: false, error: { code: 'step-budget-exceeded', ...rangeOf(src, 'set x to x + 1') } });
    // One line: 10 steps, then `output` 11 and `true` 12.
    expect(runScript(src, manyLines(1), { stepBudget: 12 })).toMatchObject({ ok: true });
    expect(runScript(src, manyLines(1), { stepBudget: 11 })).toMatchObject({ ok: false, error: rangeOf(src, 'true') });
  });

  it('nested foreach over large inputs stops with the default budget', () => {
    const src = lines(CD, 'set x to 0', 'foreach a in Order.Lines', 'foreach b in Order.Lines', 'set x to x + 1', 'end', 'end', 'output true');
    const r = runScript(src, manyLines(2000), { now: () => 0 }); // a fixed clock: the step budget, not machine load, must stop it
    expect(r).toMatchObject({ ok: false, error: { code: 'step-budget-exceeded' }, steps: 1_000_001 });
  });

  it('a huge expression chain stops inside the chain', () => {
    // `set x to 1 + 1 + … + 1` (n ones) is left-nested: extend 1, set 2, then the binaries from the
    // top (covering n, n−1, … ones) take steps 3, 4, …; budget B fails on step B+1 = the binary
    // at depth B−2, which covers the first n−(B−2) ones.
    const count = 900; // under LIMITS.scriptTreeHeight (1,000): a taller chain is refused by the parser
    const budget = 100;
    const src = lines(CD, `set x to ${Array.from({ length: count }, () => '1').join(' + ')}`, 'output true');
    const first = src.indexOf('1 +');
    const covered = count - (budget - 2);
    const end = first + covered * 4 - 3; // each "1 + " is 4 characters; the last one has no " + "
    const r = runScript(src, {}, { stepBudget: budget });
    expect(r).toMatchObject({ ok: false, error: { code: 'step-budget-exceeded', start: first, end } });
  });

  it('a wall-clock limit is checked with the injected clock', () => {
    let now = 0;
    const clock = () => (now += 10);
    const src = lines(CD, 'set x to 0', 'foreach l in Order.Lines', 'set x to x + 1', 'end', 'output true');
    const r = runScript(src, manyLines(100), { now: clock, timeLimitMs: 50, clockEvery: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'time-limit-exceeded' } });
  });

  it.each([
    ['stops at the end of the evaluation it runs in', 35, false],
    ['runs to its end when the evaluation still has time', 10_000, true],
  ])('a run %s (endsAt, on the same clock)', (_name, endsAt, ok) => {
    let now = 0;
    const src = lines(CD, 'set x to 0', 'foreach l in Order.Lines', 'set x to x + 1', 'end', 'output true');
    const r = runScript(src, manyLines(100), { now: () => (now += 10), timeLimitMs: 1_000_000, endsAt, clockEvery: 1 });
    expect(r.ok).toBe(ok);
    if (!ok) expect(r).toMatchObject({ error: { code: 'time-limit-exceeded', message: 'the evaluation it runs in ran out of time' } });
  });
});
