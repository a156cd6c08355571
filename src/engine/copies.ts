/**
 * Counted applications (issue 11, step 3 of quantities as counts; docs/engine.md "Units as
 * counts"). "Buy 3, the cheapest free" on a line of a million units makes 333,333 applications
 * that differ only in which alike units they hold. The engine books them as one record with
 * `copies`, its units laid out together in each line, and lays the copies out again only when the
 * result lists them.
 *
 * The layout, per line a record touches: its used units U (ascending) hold each copy's `used`
 * units of that line; the first copies × r of them are the rewarded ones, in strata of `copies`
 * units, stratum k carrying the k-th largest per-copy saving; copy c rewards unit k × copies + c
 * of each stratum k and uses, besides, the c-th block of the units after the strata. Units of a
 * line that share a state are alike (same price, customer price, floor, nothing decided), so
 * which of them a copy holds changes no total, only where a unit's discount is shown.
 * (test/support/counted-copies.ts lays a record out copy by copy, as the tests read it.)
 */
import type { Minor } from '../domain/index.ts';
import type { Draft } from './rewards/types.ts';
import { unionOf, type UnitRange } from './unit-ranges.ts';

/** One line's part of an application: ranges used, and the rewarded ranges with their savings. */
interface LinePart {
  readonly line: number;
  readonly used: UnitRange[];
  readonly rewarded: UnitRange[];
  readonly savings: Minor[];
}

/** A draft's ranges split by line, lines ascending (a draft's ranges are sorted, so parts follow in order). */
function partsOf(d: Draft, lineOf: (i: number) => number): LinePart[] {
  const parts: LinePart[] = [];
  for (const r of d.used) {
    const line = lineOf(r.from);
    const last = parts[parts.length - 1];
    if (last !== undefined && last.line === line) last.used.push(r);
    else parts.push({ line, used: [r], rewarded: [], savings: [] });
  }
  let p = 0;
  for (let k = 0; k < d.rewarded.length; k++) {
    const r = d.rewarded[k]!;
    // Rewarded units are used units, so their line has a part; rewarded ranges ascend too.
    while (parts[p]!.used[parts[p]!.used.length - 1]!.to <= r.from) p++;
    parts[p]!.rewarded.push(r);
    parts[p]!.savings.push(d.savings[k]!);
  }
  return parts;
}

const count = (rs: readonly UnitRange[]): number => {
  let n = 0;
  for (const r of rs) n += r.to - r.from;
  return n;
};

/** A line's rewarded savings, largest first, one entry per unit. */
function strataOf(p: LinePart): Minor[] {
  const each: Minor[] = [];
  for (let k = 0; k < p.rewarded.length; k++) for (let i = p.rewarded[k]!.from; i < p.rewarded[k]!.to; i++) each.push(p.savings[k]!);
  return each.sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
}

/** Per line: units used and the rewarded units' savings, largest first (what makes two applications copies). */
function shapeKey(d: Draft, parts: readonly LinePart[]): string {
  let key = `${d.tier}|${d.clipped}`;
  for (const p of parts) key += `|${p.line}:${count(p.used)}:${strataOf(p).join(',')}`;
  return key;
}

/**
 * Joins applications of one promotion that are copies of each other (same tier, clipping, and
 * per line the same number of units used and the same rewarded savings) into counted drafts.
 * Applications cut by a budget, and groups whose units of a line are not alike (`alike`), stay
 * apart. Drafts come in the order of their first copy.
 * @example countCopies(drafts, lineOf, () => true).length // 1 for 100 applications of "buy 3, the cheapest free" on one line
 */
export function countCopies(drafts: readonly Draft[], lineOf: (i: number) => number, alike: (units: readonly UnitRange[]) => boolean): Draft[] {
  const groups = new Map<string, { parts: LinePart[][]; drafts: Draft[] }>();
  const order: (string | Draft)[] = [];
  for (const d of drafts) {
    if ((d.budgetCapped ?? 0n) > 0n || (d.copies ?? 1) !== 1) {
      order.push(d);
      continue;
    }
    const parts = partsOf(d, lineOf);
    const key = shapeKey(d, parts);
    const g = groups.get(key);
    if (g === undefined) {
      groups.set(key, { parts: [parts], drafts: [d] });
      order.push(key);
    } else {
      g.parts.push(parts);
      g.drafts.push(d);
    }
  }
  const out: Draft[] = [];
  for (const o of order) {
    if (typeof o !== 'string') {
      out.push(o);
      continue;
    }
    const g = groups.get(o)!;
    const joined = g.drafts.length > 1 ? joinCopies(g.drafts[0]!, g.parts, lineOf, alike) : undefined;
    if (joined === undefined) out.push(...g.drafts);
    else out.push(joined);
  }
  return out;
}

/** The copies as one counted draft laid out per line (module comment), or undefined when a line's units are not alike. */
function joinCopies(first: Draft, copies: readonly LinePart[][], lineOf: (i: number) => number, alike: (units: readonly UnitRange[]) => boolean): Draft | undefined {
  const m = copies.length;
  const used: UnitRange[] = [];
  const rewarded: UnitRange[] = [];
  const savings: Minor[] = [];
  for (let l = 0; l < copies[0]!.length; l++) {
    const all = unionOf(copies.flatMap((parts) => parts[l]!.used), (a, b) => lineOf(a) === lineOf(b));
    if (!alike(all)) return undefined;
    const strata = strataOf(copies[0]![l]!);
    used.push(...all);
    let at = 0;
    for (const s of strata) {
      for (const r of positions(all, at, at + m)) {
        const last = rewarded.length - 1;
        if (last >= 0 && rewarded[last]!.to === r.from && savings[last] === s) rewarded[last] = { from: rewarded[last]!.from, to: r.to };
        else {
          rewarded.push(r);
          savings.push(s);
        }
      }
      at += m;
    }
  }
  return { tier: first.tier, used, rewarded, savings, clipped: first.clipped * BigInt(m), copies: m };
}

/** The units at positions [from, to) of the units of sorted `ranges`, as ranges. */
function positions(ranges: readonly UnitRange[], from: number, to: number): UnitRange[] {
  const out: UnitRange[] = [];
  let skipped = 0;
  for (const r of ranges) {
    const n = r.to - r.from;
    const a = Math.max(from - skipped, 0);
    const b = Math.min(to - skipped, n);
    if (a < b) out.push({ from: r.from + a, to: r.from + b });
    skipped += n;
    if (skipped >= to) break;
  }
  return out;
}
