import { describe, expect, it } from 'vitest';
import { ValueFill, valueGreedyApps } from '../../../src/engine/solver/greedy.ts';
import { improveByDropRefill, objectiveGain } from '../../../src/engine/solver/local-search.ts';
import { rankOrder, solveLevel } from '../../../src/engine/solver/solve.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { atLeast, buys, FREE, line, makeLevel, pct, usd } from '../../support/solver-factories.ts';
import { ensureWasm } from '../../wasm/ensure-wasm.ts';

/**
 * "10 % off everything" (one application over every unit, worth more than any single pair) and
 * "buy 2, the cheapest free" on four lines of `n` units at $10, $9, $8 and $7: pairing every unit
 * saves five times more, but a fill by value takes the 10 % first, and dropping one application at
 * a time trades one pair for two units of the 10 % per move, and on long lines (1,000 units) the
 * local search's work runs out long before the last pair.
 */
const soda = (n: number) => makeLevel([...line(n, usd(10), 'A', 0), ...line(n, usd(9), 'B', 1), ...line(n, usd(8), 'C', 2), ...line(n, usd(7), 'D', 3)], [
  { id: 'ten', target: 'allQualifying', tiers: [{ threshold: atLeast(1), reward: pct(1000) }] },
  { id: 'two', rewardCount: 1, tiers: [{ threshold: buys(2), reward: FREE }] },
]);
/** Every unit paired with one of its own price: half of each line free. */
const pairs = (n: number) => BigInt(n / 2) * (usd(10) + usd(9) + usd(8) + usd(7));

describe('local search drops a whole promotion and fills again without it', () => {
  it.each([10, 250])('four lines of %i units: a fill by value takes the ten-percent deal, the local search every pair', (n) => {
    const input = soda(n);
    const promos = rankOrder(input);
    const greedy = valueGreedyApps(input, promos, input.available.slice());
    expect(objectiveGain(input, greedy)).toBeLessThan(pairs(n));
    const better = improveByDropRefill(input, new ValueFill(input, promos), input.available, greedy);
    expect(objectiveGain(input, better)).toBe(pairs(n));
  });

  it('a cut-off search falls back on it, in both engines', () => {
    ensureWasm();
    const input = { ...soda(250), searchBudget: 1 };
    expect(solveLevel(input).total).toBe(pairs(250));
    expect(wasmSolveLevel(input).total).toBe(pairs(250));
  });
});
