/**
 * Counted applications (issue 11, step 3 of quantities as counts; docs/engine.md "Units as
 * counts"). "Buy 3, the cheapest free" on a line of a million units makes 333,333 applications
 * that differ only in which alike units they hold. The engine books them as one record with
 * `copies`, its units laid out together in each line, and lays the copies out again only when the
 * result lists them.
 *
 * The layout, per line a record touches: its used units U (ascending) hold each copy's `used`
 * units of that line; the first copies × r of them are the rewarded ones, in strata of `copies`
 * units, stratum k carrying the k-th largest per-copy saving. The solver's run path answers in
 * this layout (solver/runs.ts `strataOf`). Where a promotion books per application, the record is
 * listed copy by copy the other way round: copy c takes the c-th block of U, its first units
 * rewarded (`splitCopies`). Units of a line that share a state are alike (same price, customer
 * price, floor, nothing decided), so which of them a copy holds changes no total, only where a
 * unit's discount is shown.
 * (test/support/counted-copies.ts lays a record out copy by copy, as the tests read it.)
 */
import type { Minor } from '../domain/index.ts';
import type { Draft } from './rewards/types.ts';
import { placesOf, unionOf, type UnitRange } from './unit-ranges.ts';

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

/**
 * One copy's rewarded savings in a line, largest first, from the line's savings over all `m`
 * copies (alike copies: each saving's count is m times the copy's).
 */
function copyStrata(p: LinePart, m: number): Minor[] {
  const n = new Map<Minor, number>();
  for (let k = 0; k < p.rewarded.length; k++) n.set(p.savings[k]!, (n.get(p.savings[k]!) ?? 0) + p.rewarded[k]!.to - p.rewarded[k]!.from);
  const out: Minor[] = [];
  for (const s of [...n.keys()].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0))) for (let i = n.get(s)! / m; i > 0; i--) out.push(s);
  return out;
}

/** Per line: units used and the rewarded units' savings, largest first, of one copy (what makes two applications copies). */
function shapeKey(d: Draft, parts: readonly LinePart[], m: number): string {
  let key = `${d.tier}|${d.clipped / BigInt(m)}`;
  for (const p of parts) key += `|${p.line}:${count(p.used) / m}:${copyStrata(p, m).join(',')}`;
  return key;
}

interface Entry {
  readonly draft: Draft;
  readonly parts: LinePart[];
}

/**
 * Joins applications of one promotion that are copies of each other (same tier, clipping, and
 * per line the same number of units used and the same rewarded savings) into counted drafts laid
 * out as the module comment says. A draft may already count copies in the solver's layout (each
 * line's units in `copies` consecutive blocks, docs/solver.md 12); it joins its copies' shape like
 * any other. Applications cut by a budget, and groups whose units of a line are not alike
 * (`alike`), stay apart, listed copy by copy. Drafts come in the order of their first copy.
 * @example countCopies(drafts, lineOf, () => true).length // 1 for 100 applications of "buy 3, the cheapest free" on one line
 */
export function countCopies(drafts: readonly Draft[], lineOf: (i: number) => number, alike: (units: readonly UnitRange[]) => boolean): Draft[] {
  const groups = new Map<string, { entries: Entry[]; copies: number }>();
  const order: (string | Draft)[] = [];
  for (const d of drafts) {
    if ((d.budgetCapped ?? 0n) > 0n) {
      order.push(d);
      continue;
    }
    const m = d.copies ?? 1;
    const parts = partsOf(d, lineOf);
    const key = shapeKey(d, parts, m);
    const g = groups.get(key);
    if (g === undefined) {
      groups.set(key, { entries: [{ draft: d, parts }], copies: m });
      order.push(key);
    } else {
      g.entries.push({ draft: d, parts });
      g.copies += m;
    }
  }
  const out: Draft[] = [];
  for (const o of order) {
    if (typeof o !== 'string') {
      out.push(o);
      continue;
    }
    const g = groups.get(o)!;
    const joined = g.copies > 1 ? joinCopies(g.entries, g.copies, lineOf, alike) : undefined;
    if (joined !== undefined) out.push(joined);
    else out.push(...perCopy(g.entries.map((e) => e.draft), lineOf));
  }
  return out;
}

const byFirstUnit = (drafts: Draft[]): Draft[] => drafts.sort((a, b) => (a.used[0]?.from ?? 0) - (b.used[0]?.from ?? 0));

/** The entries' m copies as one counted draft laid out per line (module comment), or undefined when a line's units are not alike. */
function joinCopies(entries: readonly Entry[], m: number, lineOf: (i: number) => number, alike: (units: readonly UnitRange[]) => boolean): Draft | undefined {
  const first = entries[0]!;
  const firstCopies = first.draft.copies ?? 1;
  const used: UnitRange[] = [];
  const rewarded: UnitRange[] = [];
  const savings: Minor[] = [];
  for (let l = 0; l < first.parts.length; l++) {
    const all = unionOf(entries.flatMap((e) => e.parts[l]!.used), (a, b) => lineOf(a) === lineOf(b));
    if (!alike(all)) return undefined;
    const strata = copyStrata(first.parts[l]!, firstCopies);
    used.push(...all);
    let at = 0;
    for (const s of strata) {
      for (const r of placesOf(all, at, at + m)) {
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
  return { tier: first.draft.tier, used, rewarded, savings, clipped: (first.draft.clipped / BigInt(firstCopies)) * BigInt(m), copies: m };
}

/**
 * A draft counting copies (laid out in strata, as every counted draft the engine holds is),
 * listed copy by copy: in each line, copy c takes the c-th block of the line's used units and
 * rewards the block's first units, largest saving first. Each application then shows as one
 * stretch of units, as a shopper would read it; the units are alike, so no amount changes.
 * @example splitCopies({ ...draft, copies: 2 }, lineOf).length // 2
 */
export function splitCopies(d: Draft, lineOf: (i: number) => number): Draft[] {
  const m = d.copies ?? 1;
  if (m === 1) return [d];
  const copies: { used: UnitRange[]; rewarded: UnitRange[]; savings: Minor[] }[] = [];
  for (let k = 0; k < m; k++) copies.push({ used: [], rewarded: [], savings: [] });
  for (const p of partsOf(d, lineOf)) {
    const strata = copyStrata(p, m);
    const c = count(p.used) / m;
    for (let k = 0; k < m; k++) {
      const copy = copies[k]!;
      const block = placesOf(p.used, k * c, (k + 1) * c);
      copy.used.push(...block);
      strata.forEach((saving, j) => {
        const [unit] = placesOf(block, j, j + 1);
        const last = copy.rewarded.length - 1;
        if (last >= 0 && copy.rewarded[last]!.to === unit!.from && copy.savings[last] === saving) copy.rewarded[last] = { from: copy.rewarded[last]!.from, to: unit!.to };
        else {
          copy.rewarded.push(unit!);
          copy.savings.push(saving);
        }
      });
    }
  }
  const clipped = d.clipped / BigInt(m);
  return copies.map((c) => ({ tier: d.tier, used: c.used, rewarded: c.rewarded, savings: c.savings, clipped }));
}

/** Every draft listed copy by copy (`splitCopies`), then in the order of first units; drafts of one copy each stay as they are. */
export function perCopy(drafts: readonly Draft[], lineOf: (i: number) => number): Draft[] {
  if (drafts.every((d) => (d.copies ?? 1) === 1)) return drafts.slice();
  return byFirstUnit(drafts.flatMap((d) => splitCopies(d, lineOf)));
}
