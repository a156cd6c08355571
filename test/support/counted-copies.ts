import type { Minor } from '../../src/domain/index.ts';
import type { Draft } from '../../src/engine/rewards/types.ts';
import { rangesOf, type UnitRange } from '../../src/engine/unit-ranges.ts';

const unitsOf = (rs: readonly UnitRange[]): number[] => rs.flatMap((r) => Array.from({ length: r.to - r.from }, (_, k) => r.from + k));

/**
 * A counted draft laid out copy by copy, unit by unit, as src/engine/copies.ts describes the
 * layout: per line, with U the line's used units ascending and r its rewarded units per copy, copy
 * c rewards unit k × copies + c of U for each stratum k < r (with that unit's saving) and uses,
 * besides, the c-th block of the units of U after the strata. Written apart from the engine, so
 * the tests read the layout independently.
 */
export function copiesOf(d: Draft, lineOf: (i: number) => number): Draft[] {
  const m = d.copies ?? 1;
  const saving = new Map<number, Minor>();
  d.rewarded.forEach((r, k) => { for (const u of unitsOf([r])) saving.set(u, d.savings[k]!); });
  const lines = new Map<number, number[]>();
  for (const u of unitsOf(d.used)) lines.set(lineOf(u), [...(lines.get(lineOf(u)) ?? []), u]);
  return Array.from({ length: m }, (_, c) => {
    const used: number[] = [];
    const rewarded: number[] = [];
    for (const all of lines.values()) {
      const r = all.filter((u) => saving.has(u)).length / m;
      const rest = all.length / m - r;
      for (let k = 0; k < r; k++) rewarded.push(all[k * m + c]!);
      used.push(...rewarded.filter((u) => lineOf(u) === lineOf(all[0]!)), ...all.slice(r * m + c * rest, r * m + (c + 1) * rest));
    }
    used.sort((a, b) => a - b);
    rewarded.sort((a, b) => a - b);
    return {
      tier: d.tier, used: rangesOf(used, lineOf), rewarded: rewarded.map((u) => ({ from: u, to: u + 1 })),
      savings: rewarded.map((u) => saving.get(u)!), clipped: d.clipped / BigInt(m),
    };
  });
}
