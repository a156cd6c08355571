import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../src/engine/solver/index.ts';
import { instantiateSolver } from '../../src/wasm/solver-module.ts';
import { solverModule } from '../../src/wasm/node.ts';
import { DealTable, LEVEL_HEADER, RUN_SLOTS, SectionWriter, encodeLevel } from '../../src/wire/index.ts';
import { FREE, buys, line, makeLevel, pct, usd } from '../support/solver-factories.ts';
import { canonical } from '../support/wasm-factories.ts';
import { ensureWasm } from './ensure-wasm.ts';

beforeAll(ensureWasm);

const level = () => makeLevel([...line(4, usd(10), 'A', 0), ...line(3, usd(6), 'B', 1)], [
  { id: 'free', tiers: [{ threshold: buys(2), reward: FREE }] },
  { id: 'pct', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(2000) }] },
]);

/** The level encoded with its first promotion's deal index pointing far outside memory. */
function trappingLevel() {
  const input = level();
  const w = new SectionWriter();
  encodeLevel(w, new DealTable(), input);
  const s = w.sections();
  const i32 = s.i32.slice();
  // Layout (src/wire/layout.ts): header, a run of one per unit, then the first promotion's deal index.
  i32[LEVEL_HEADER + RUN_SLOTS * input.units.length] = 0x10000000; // × 4 or 8 bytes: 1–2 GB, past the module's memory
  return { i32, i64: s.i64.slice() };
}

describe('a trap in solver.wasm never kills later calls', () => {
  it('the trapping call throws; the instance is replaced and the next call answers as the reference', () => {
    const solver = instantiateSolver(solverModule());
    const input = level();
    expect(canonical(solver.solveLevel(input))).toBe(canonical(solveLevel(input)));
    expect(() => solver.solveRaw(trappingLevel(), 1)).toThrow(/trapped/);
    expect(solver.restarts).toBe(1);
    // The deal table went with the old instance; solveLevel re-encodes and loads what it needs.
    expect(canonical(solver.solveLevel(input))).toBe(canonical(solveLevel(input)));
    expect(solver.deals.encodedDeals).toBeGreaterThan(0);
  });

});
