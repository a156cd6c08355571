import { describe, expect, it } from 'vitest';
import { RangeMap } from '../../src/engine/unit-ranges.ts';

// `freeUnits` reads the state again only when its version moved (levels.ts): a batch of edits
// must move it, a read must not, and an empty batch changes nothing.
describe('RangeMap.version: one step per batch of edits', () => {
  it.each([
    ['a read', (m: RangeMap<number>) => m.pieces(0, m.size, () => undefined), 0],
    ['an empty batch', (m: RangeMap<number>) => m.applyAll([], (v) => v), 0],
    ['one edit', (m: RangeMap<number>) => m.applyAll([{ from: 2, to: 5 }], (v) => v + 1), 1],
    ['an edit that leaves every value as it was', (m: RangeMap<number>) => m.applyAll([{ from: 0, to: 3 }], (v) => v), 1],
    ['two batches of many edits', (m: RangeMap<number>) => {
      const edits = Array.from({ length: 20 }, (_, i) => ({ from: 3 * i, to: 3 * i + 1 }));
      m.applyAll(edits, (v) => v + 1);
      m.applyAll(edits, (v) => v - 1);
    }, 2],
  ])('%s', (_name, act, steps) => {
    const m = new RangeMap<number>(100, 0, new Set([0, 50]), (a, b) => a === b);
    const before = m.version;
    act(m);
    expect(m.version - before).toBe(steps);
  });
});
