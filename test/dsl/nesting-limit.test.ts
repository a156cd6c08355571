import { describe, expect, it } from 'vitest';
import { checkScript, runScript } from '../../src/dsl/index.ts';
import { LIMITS } from '../../src/domain/limits.ts';

const CONDITION = 'extend DiscountCondition\n';
const nestedIfs = (n: number): string => `${CONDITION}${'if true then\n'.repeat(n)}output true\n${'end\n'.repeat(n)}`;
const nestedLoops = (n: number): string => `${CONDITION}${'foreach l in Order.Lines\n'.repeat(n)}${'end\n'.repeat(n)}output true\n`;
const chain = (n: number): string => `${CONDITION}output 1${' + 1'.repeat(n)} > 0\n`;

const codes = (source: string): string[] => checkScript(source, 'DiscountCondition').filter((d) => d.severity === 'error').map((d) => d.code);

// Issue 11: 3,000 nested `if` → `internal error` in `check-script`; the parser and checker
// recursed with the input's depth.
describe('script nesting is bounded before anything recurses deeply', () => {
  it.each([
    { name: 'if blocks at the limit', source: nestedIfs(LIMITS.scriptNesting), expected: [] },
    { name: 'if blocks one past the limit', source: nestedIfs(LIMITS.scriptNesting + 1), expected: ['nesting-too-deep'] },
    { name: '3,000 nested if', source: nestedIfs(3_000), expected: ['nesting-too-deep'] },
    { name: '50,000 nested if', source: nestedIfs(50_000), expected: ['nesting-too-deep'] },
    { name: 'foreach one past the limit', source: nestedLoops(LIMITS.scriptNesting + 1), expected: ['nesting-too-deep'] },
    { name: 'a chain of 100,000 additions', source: chain(100_000), expected: ['nesting-too-deep'] },
    { name: 'a chain as tall as the tree-height limit', source: chain(LIMITS.scriptTreeHeight), expected: ['nesting-too-deep'] },
    { name: 'a chain just under the tree-height limit', source: chain(LIMITS.scriptTreeHeight - 10), expected: [] },
  ])('$name', ({ source, expected }) => {
    expect(codes(source)).toEqual(expected);
  });

  it('the diagnostic points at the first block past the limit', () => {
    const d = checkScript(nestedIfs(3_000), 'DiscountCondition').find((x) => x.code === 'nesting-too-deep')!;
    const line = nestedIfs(3_000).slice(0, d.start).split('\n').length;
    expect(line).toBe(LIMITS.scriptNesting + 2); // line 1 is `extend`
  });

  it('a script at the tree-height limit is checked and runs without exhausting the stack', () => {
    const r = runScript(chain(LIMITS.scriptTreeHeight - 10), {});
    expect(r).toMatchObject({ ok: true, outputs: [true] });
  });

  it('a too-deep script does not run; it reports a syntax error instead of a stack overflow', () => {
    const r = runScript(nestedIfs(5_000), {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'syntax-error' });
  });
});
