import { describe, expect, it } from 'vitest';
import { countCopies } from '../../src/engine/copies.ts';
import { copiesOf } from '../support/counted-copies.ts';
import type { Draft } from '../../src/engine/rewards/types.ts';
import { lastAtMost, rangesOf, type UnitRange } from '../../src/engine/unit-ranges.ts';
import { seededRandom } from '../support/seeded-random.ts';

/**
 * Counted applications (src/engine/copies.ts): applications that are copies join into one draft,
 * and the copies laid out again are applications of the same shape over the same units.
 */
interface Shape {
  /** Per line: units used, and the savings of its rewarded units (at most that many). */
  readonly lines: readonly { readonly line: number; readonly used: number; readonly savings: readonly bigint[] }[];
  readonly tier: number;
}

/** `n` applications of `shape` on free units of lines starting at `starts`, each unit picked at random. */
function applications(shape: Shape, n: number, starts: readonly number[], next: () => number): Draft[] {
  const free = starts.slice(0, -1).map((s, l) => Array.from({ length: starts[l + 1]! - s }, (_, k) => s + k));
  const lineOf = (i: number): number => lastAtMost(starts, i);
  const out: Draft[] = [];
  for (let a = 0; a < n; a++) {
    const used: number[] = [];
    const rewarded: { unit: number; saving: bigint }[] = [];
    for (const p of shape.lines) {
      const mine = Array.from({ length: p.used }, () => free[p.line]!.splice(Math.floor(next() * free[p.line]!.length), 1)[0]!);
      used.push(...mine);
      p.savings.forEach((s, k) => rewarded.push({ unit: mine[k]!, saving: s }));
    }
    rewarded.sort((x, y) => x.unit - y.unit);
    used.sort((x, y) => x - y);
    out.push({
      tier: shape.tier, used: rangesOf(used, lineOf), rewarded: rewarded.map((r) => ({ from: r.unit, to: r.unit + 1 })),
      savings: rewarded.map((r) => r.saving), clipped: 0n,
    });
  }
  return out;
}

const units = (rs: readonly UnitRange[]): number[] => rs.flatMap((r) => Array.from({ length: r.to - r.from }, (_, k) => r.from + k));

/** Per line: used count and sorted savings — what the copies must keep. */
function shapeOf(d: Draft, lineOf: (i: number) => number): string {
  const per = new Map<number, { used: number; savings: bigint[] }>();
  for (const u of units(d.used)) {
    const l = lineOf(u);
    if (!per.has(l)) per.set(l, { used: 0, savings: [] });
    per.get(l)!.used++;
  }
  d.rewarded.forEach((r, k) => { for (const u of units([r])) per.get(lineOf(u))!.savings.push(d.savings[k]!); });
  return [...per].sort((a, b) => a[0] - b[0]).map(([l, p]) => `${l}:${p.used}:${p.savings.sort().join(',')}`).join('|') + `|t${d.tier}`;
}

const starts = [0, 40, 100, 101, 160];
const lineOf = (i: number): number => lastAtMost(starts, i);

describe('counted applications', () => {
  it.each([
    { name: 'buy 3, the cheapest free, on one line', shape: { tier: 0, lines: [{ line: 0, used: 3, savings: [200n] }] }, n: 13 },
    { name: 'a set across two lines with unequal savings', shape: { tier: 1, lines: [{ line: 1, used: 4, savings: [334n, 333n, 333n] }, { line: 3, used: 2, savings: [] }] }, n: 12 },
    { name: 'a set rewarding everything it uses', shape: { tier: 0, lines: [{ line: 0, used: 2, savings: [50n, 70n] }] }, n: 20 },
  ])('$name: one counted draft, whose copies have the shape and the units of the applications', ({ shape, n }) => {
    for (let seed = 1; seed <= 20; seed++) {
      const apps = applications(shape, n, starts, seededRandom(seed));
      const counted = countCopies(apps, lineOf, () => true);
      expect(counted).toHaveLength(1);
      expect(counted[0]!.copies).toBe(n);
      const copies = copiesOf(counted[0]!, lineOf);
      expect(copies).toHaveLength(n);
      const all = copies.flatMap((c) => units(c.used));
      expect(new Set(all).size).toBe(all.length);
      expect(all.sort((a, b) => a - b)).toEqual(apps.flatMap((a) => units(a.used)).sort((a, b) => a - b));
      for (const c of copies) {
        expect(shapeOf(c, lineOf)).toBe(shapeOf(apps[0]!, lineOf));
        const used = new Set(units(c.used));
        for (const u of units(c.rewarded)) expect(used.has(u)).toBe(true);
      }
      // Laid out together: in each line the rewarded units come first, the largest saving first.
      for (const p of shape.lines) {
        const inLine = (u: number): boolean => lineOf(u) === p.line;
        const used = units(counted[0]!.used).filter(inLine);
        const rewarded = counted[0]!.rewarded.flatMap((r, k) => units([r]).map((u) => ({ u, s: counted[0]!.savings[k]! }))).filter((x) => inLine(x.u));
        expect(rewarded.map((x) => x.u)).toEqual(used.slice(0, rewarded.length));
        expect(rewarded.map((x) => x.s)).toEqual([...p.savings].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)).flatMap((s) => Array<bigint>(n).fill(s)));
      }
    }
  });

  it.each([
    { name: 'different tiers', edit: (d: Draft, k: number): Draft => ({ ...d, tier: k % 2 }), groups: 2 },
    { name: 'one budget-capped application stays apart', edit: (d: Draft, k: number): Draft => (k === 3 ? { ...d, budgetCapped: 5n } : d), groups: 2 },
    { name: 'different clipping', edit: (d: Draft, k: number): Draft => ({ ...d, clipped: BigInt(k % 3) }), groups: 3 },
  ])('$name', ({ edit, groups }) => {
    const apps = applications({ tier: 0, lines: [{ line: 0, used: 3, savings: [200n] }] }, 9, starts, seededRandom(5)).map(edit);
    const counted = countCopies(apps, lineOf, () => true);
    expect(counted).toHaveLength(groups);
    expect(counted.reduce((n, d) => n + (d.copies ?? 1), 0)).toBe(9);
  });

  it('units that are not alike are not laid out again', () => {
    const apps = applications({ tier: 0, lines: [{ line: 0, used: 3, savings: [200n] }] }, 5, starts, seededRandom(9));
    expect(countCopies(apps, lineOf, () => false)).toEqual(apps);
  });
});
