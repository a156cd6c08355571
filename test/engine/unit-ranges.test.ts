import { describe, expect, it } from 'vitest';
import { RangeMap, rangesOf, unionOf } from '../../src/engine/unit-ranges.ts';
import { seededRandom as rng } from '../support/seeded-random.ts';


/** The map read back unit by unit. */
function perUnit<T>(m: RangeMap<T>): T[] {
  const out: T[] = [];
  m.pieces(0, m.size, (from, to, v) => {
    for (let i = from; i < to; i++) out.push(v);
  });
  return out;
}

describe('RangeMap: a value per unit kept as runs', () => {
  it.each([
    // size, edits per batch, batches, longest edit: few edits take the in-place path, many the
    // sweep; short edits on 5,000 units make thousands of runs, so chunks split
    [50, 1, 200, 50],
    [3000, 3, 400, 1000],
    [3000, 200, 10, 15],
    [5000, 2, 1500, 3],
  ])('equals a plain array under random batches (size %i, %i edits × %i, edits up to %i units)', (size, per, batches, longest) => {
    const next = rng(size * 31 + per);
    const cuts = new Set([0, Math.floor(size / 3), Math.floor(size / 2)]);
    const m = new RangeMap<number>(size, 0, cuts, (a, b) => a === b);
    const plain = new Array<number>(size).fill(0);
    for (let b = 0; b < batches; b++) {
      const edits: { from: number; to: number; add: number }[] = [];
      let pos = Math.floor(next() * (size - 1));
      while (edits.length < per && pos < size) {
        const to = Math.min(size, pos + 1 + Math.floor(next() * longest));
        const add = Math.floor(next() * 3);
        edits.push({ from: pos, to, add });
        for (let i = pos; i < to; i++) plain[i] = plain[i]! + add;
        pos = to + Math.floor(next() * 4);
      }
      m.applyAll(edits.reverse(), (v, e) => v + e.add);
      if (b % 50 === 0 || b === batches - 1) expect(perUnit(m)).toEqual(plain);
    }
    if (size === 5000) expect(m.runs).toBeGreaterThan(1024);
    for (let k = 0; k < 50; k++) {
      const i = Math.floor(next() * size);
      expect(m.at(i)).toBe(plain[i]);
    }
    // A cut stays a run boundary even between equal values.
    const starts: number[] = [];
    m.pieces(0, size, (from) => starts.push(from));
    for (const c of cuts) expect(starts).toContain(c);
  });

  it('keeps neighbouring runs with one value as one run', () => {
    const m = new RangeMap<number>(100, 0, new Set([0]), (a, b) => a === b);
    m.applyAll([{ from: 10, to: 20 }], (v) => v + 1);
    expect(m.runs).toBe(3);
    m.applyAll([{ from: 10, to: 20 }], (v) => v - 1);
    expect(m.runs).toBe(1);
  });

  it('refuses overlapping edits (a bug in the caller)', () => {
    const m = new RangeMap<number>(10, 0, new Set(), (a, b) => a === b);
    expect(() => m.applyAll([{ from: 0, to: 5 }, { from: 4, to: 6 }], (v) => v)).toThrow(/overlapping/);
  });
});

describe('unit index lists as ranges', () => {
  const lineOf = (i: number): number => (i < 5 ? 0 : 1);
  it.each([
    [[0, 1, 2, 7], [{ from: 0, to: 3 }, { from: 7, to: 8 }]],
    [[3, 4, 5, 6], [{ from: 3, to: 5 }, { from: 5, to: 7 }]],
    [[], []],
  ])('rangesOf(%j) never crosses a line', (indices, expected) => {
    expect(rangesOf(indices, lineOf)).toEqual(expected);
  });
  it('unionOf joins overlapping and touching ranges of one line only', () => {
    const same = (a: number, b: number): boolean => lineOf(a) === lineOf(b);
    expect(unionOf([{ from: 2, to: 4 }, { from: 0, to: 3 }, { from: 4, to: 5 }, { from: 5, to: 6 }], same)).toEqual([{ from: 0, to: 5 }, { from: 5, to: 6 }]);
  });
});
