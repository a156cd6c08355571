import { describe, expect, it } from 'vitest';
import { ValueFill } from '../../../src/engine/solver/greedy.ts';
import { kindCost } from '../../../src/engine/solver/component.ts';
import { atLeast, buys, FREE, line, makeLevel, pct, usd } from '../../support/solver-factories.ts';

// The value fill's work (`ValueFill.calls`, what bounds the local search) is the list entries its
// bestSingle calls step over, charged like kinds (one per 4, at least 1), and a promotion barred
// from every pick is never priced: before, a move that dropped "10 % off everything" re-priced it
// over the whole line after each pair the refill made, and a line of 20,000 units took 27 s.
const level = (n: number) => makeLevel(line(n, usd(5)), [
  { id: 'pairs', tiers: [{ threshold: buys(2), reward: FREE }] },
  { id: 'tenth', target: 'allQualifying', tiers: [{ threshold: atLeast(1), reward: pct(1000) }] },
]);
const fresh = (n: number) => ({ free: new Array<boolean>(n).fill(true), spent: [0n, 0n], made: [0, 0], stale: [true, true] });

describe('value fill work', () => {
  it.each([40, 400, 4_000])('a range deal over %d units costs what it reads: priced, then taken', (n) => {
    const fill = new ValueFill(level(n), [1]);
    const s = fresh(n);
    const apps = fill.run(s.free, [0n], [0], [true], -1);
    expect(apps).toHaveLength(1);
    expect(fill.calls).toBe(2 * kindCost(n));
  });

  it.each([40, 400, 4_000])('with the range deal barred from every pick, %d units of pairs cost work linear in the line', (n) => {
    const fill = new ValueFill(level(n), [0, 1]);
    const s = fresh(n);
    const apps = fill.run(s.free, s.spent, s.made, s.stale, 1, true);
    expect(apps).toHaveLength(n / 2);
    expect(apps.every((a) => a.promotion === 0)).toBe(true);
    // Each pair: priced (2 entries), then taken; never the range deal over what is left.
    expect(fill.calls).toBeLessThanOrEqual(2 * n);
  });
});
