import type { Minor } from '../domain/index.ts';
import { minOf } from '../domain/index.ts';
import { splitWithRoom, type RangeShare, type RoomTarget } from './rewards/split.ts';
import { pieceOf, type EngineUnit } from './units.ts';
import { lastAtMost, placesOf, RangeMap, unionOf, type UnitRange } from './unit-ranges.ts';

/** SPEC §8 choices for one application. */
export interface DispersionChoice {
  /** 0 proportional (R2), 1 most → least expensive, 2 least → most, 3 high → low tax, 4 low → high tax. */
  readonly financial: number;
  /** 0 all units of the set, 1 rewarded units, 2 non-rewarded units of the set, 3 all discountable units. */
  readonly product: number;
  /**
   * Book each rewarded unit's own computed saving. Used when a promotion with a per-unit reward
   * names no dispersion: "$10 each" then shows $1 off the $11 mug, not a price-weighted share.
   */
  readonly asComputed?: boolean;
}

/** An application whose saving is to be booked. */
export interface BookingRequest {
  readonly used: readonly UnitRange[];
  readonly rewarded: readonly UnitRange[];
  readonly saving: Minor;
  /** Saving per unit as the reward computed it, parallel to `rewarded`. */
  readonly savings: readonly Minor[];
  readonly choice: DispersionChoice;
  /** Identical applications the request stands for, laid out in strata (docs/engine.md "Counted applications"); absent = 1. */
  readonly copies?: number;
}

/** A run of alike units and what each costs before promotions. */
export interface BookingRun {
  readonly unit: EngineUnit;
  /** Regular price where an exclusive promotion took the units, else their customer price. */
  readonly base: Minor;
}

export interface BookingUnits {
  /** Every unit of the order, as runs in index order that share a base (a line starts a run). */
  readonly runs: readonly BookingRun[];
  /** Units that may carry bookings of `product: 3` (all discountable order lines). */
  readonly discountable: readonly UnitRange[];
}

/**
 * Books every application's saving onto units (SPEC §8), in the order given. Booking never
 * changes a total: each application's shares sum exactly to its saving. A unit never takes
 * more than `base − floor − already booked`; what the chosen units cannot take spills first onto
 * the application's own set (in proportion to price, R2), then onto every unit in order (documented in docs/engine.md).
 * Units are handled as runs: the shares are what a unit-by-unit booking gives, as ranges.
 * Returns, per application, its shares (units [from, to) each taking `amount`; a unit may appear
 * in more than one share of an application).
 * @example disperse([{used:[{from:0,to:2}], rewarded:[{from:1,to:2}], saving: 500n, savings:[500n], choice:{financial:0, product:1}}], units) // [[{from:1, to:2, amount:500n}]]
 */
export function disperse(requests: readonly BookingRequest[], u: BookingUnits): RangeShare[][] {
  const state = new Booking(u);
  const sameLine = (a: number, b: number): boolean => state.runAt(a).unit.line === state.runAt(b).unit.line;
  const everything: UnitRange[] = state.size === 0 ? [] : [{ from: 0, to: state.size }];
  const book = (req: BookingRequest): RangeShare[] => bookOne(req, state, u, sameLine, everything);
  return requests.map((req) => ((req.copies ?? 1) > 1 && req.choice.asComputed !== true ? bookCopies(req, state, sameLine, book) : book(req)));
}

/** One application's booking (SPEC §8): its shares, given to `state`. */
function bookOne(req: BookingRequest, state: Booking, u: BookingUnits, sameLine: (a: number, b: number) => boolean, everything: readonly UnitRange[]): RangeShare[] {
  const shares: RangeShare[] = [];
  let left = req.saving;
  const targets = targetsOf(req, u, sameLine);
  if (req.choice.asComputed === true) {
    const placed: RangeShare[] = [];
    for (let k = 0; k < req.rewarded.length; k++) {
      for (const t of state.targetsIn([req.rewarded[k]!])) {
        const take = minOf(req.savings[k] ?? 0n, t.room);
        placed.push({ from: t.unit.index, to: t.unit.index + t.unit.count, amount: take });
        left -= take * BigInt(t.unit.count);
      }
    }
    state.give(placed, shares);
  } else if (req.choice.financial === 0) {
    const split = splitWithRoom(left, state.targetsIn(targets));
    state.give(split.shares, shares);
    left = split.clipped;
  } else {
    left = fill(left, orderFor(req.choice.financial, state.targetsIn(targets)), state, shares);
  }
  if (left > 0n) {
    const spill = splitWithRoom(left, state.targetsIn(unionOf([...req.used, ...req.rewarded], sameLine)));
    state.give(spill.shares, shares);
    left = spill.clipped;
  }
  if (left > 0n) left = fill(left, state.targetsIn(everything), state, shares);
  if (left !== 0n) throw new Error('dispersion could not place a saving: decided savings exceed the units\' room');
  return shares;
}

/** The place `at` of the units of sorted `ranges` (0-based). */
function unitAt(ranges: readonly UnitRange[], at: number): number {
  for (const r of ranges) {
    if (at < r.to - r.from) return r.from + at;
    at -= r.to - r.from;
  }
  throw new Error('unitAt: past the units');
}

/**
 * A counted record booked with a dispersion that is not "as computed" (docs/engine.md, "Counted
 * applications"). Its units lie in strata: in each line's used units U, copy c holds the places
 * j × m + c (j = 0, 1, …), the first r of them its rewarded ones. Where every copy's units at each
 * place stand alike in the booking (same base, floor, booked so far), copy 0 is booked, and when
 * its shares stay on its own units, every other copy takes the same amount at the same place:
 * place j of all copies is one range of U, so the booking is a few ranges, not one per copy.
 * Otherwise (copies not alike, or copy 0 spilled beyond its set) each copy is booked in turn,
 * exactly as one record per application would be.
 */
function bookCopies(req: BookingRequest, state: Booking, sameLine: (a: number, b: number) => boolean, book: (req: BookingRequest) => RangeShare[]): RangeShare[] {
  const m = req.copies!;
  // Per line: its used units (n of them) and, per rewarded place, the copy's saving there.
  const parts: { used: UnitRange[]; n: number; rewardedSavings: Minor[] }[] = [];
  for (const r of req.used) {
    const last = parts[parts.length - 1];
    if (last !== undefined && sameLine(last.used[last.used.length - 1]!.from, r.from)) {
      last.used.push(r);
      last.n += r.to - r.from;
    } else parts.push({ used: [r], n: r.to - r.from, rewardedSavings: [] });
  }
  // Laid out in strata: every line's units and rewarded units split evenly over the copies.
  let strata = req.saving % BigInt(m) === 0n && parts.every((p) => p.n % m === 0);
  let k = 0;
  for (const p of parts) {
    let rewardedUnits = 0;
    const from = k;
    const last = p.used[p.used.length - 1]!.to;
    for (; k < req.rewarded.length && req.rewarded[k]!.from < last; k++) rewardedUnits += req.rewarded[k]!.to - req.rewarded[k]!.from;
    // Strata: place j's m units are U[j·m, (j+1)·m), all with the j-th largest saving.
    if (rewardedUnits % m !== 0) strata = false;
    for (let j = 0; strata && j < rewardedUnits / m; j++) {
      const unit = unitAt(p.used, j * m);
      let r = from;
      while (r < k && !(req.rewarded[r]!.from <= unit && unit < req.rewarded[r]!.to)) r++;
      if (r === k) strata = false;
      else p.rewardedSavings.push(req.savings[r]!);
    }
  }
  // Not laid out as copies: the record books as one application.
  if (!strata) return book({ ...req, copies: 1 });
  const copy = (c: number): BookingRequest => {
    const used: UnitRange[] = [];
    const rewarded: UnitRange[] = [];
    const savings: Minor[] = [];
    for (const p of parts) {
      for (let j = 0; j < p.n / m; j++) {
        const unit = unitAt(p.used, j * m + c);
        used.push({ from: unit, to: unit + 1 });
        if (j < p.rewardedSavings.length) {
          rewarded.push({ from: unit, to: unit + 1 });
          savings.push(p.rewardedSavings[j]!);
        }
      }
    }
    return { used, rewarded, savings, saving: req.saving / BigInt(m), choice: req.choice };
  };
  const oneByOne = (from: number, shares: RangeShare[]): RangeShare[] => {
    for (let c = from; c < m; c++) shares.push(...book(copy(c)));
    return shares;
  };
  // Every place's m units alike in the booking so far, or the copies book one by one.
  for (const p of parts) {
    for (let j = 0; j < p.n / m; j++) {
      const ts = state.targetsIn(placesOf(p.used, j * m, (j + 1) * m));
      if (!ts.every((t) => t.room === ts[0]!.room && t.weight === ts[0]!.weight && t.unit.taxRate === ts[0]!.unit.taxRate)) return oneByOne(0, []);
    }
  }
  const first = copy(0);
  const shares = book(first);
  const own = new Set(first.used.map((r) => r.from));
  if (shares.some((s) => s.to - s.from !== 1 || !own.has(s.from))) return oneByOne(1, shares);
  // Copy 0's place of each unit, to give the same amount at that place of every other copy.
  const placeOf = new Map<number, { part: number; j: number }>();
  parts.forEach((p, i) => {
    for (let j = 0; j < p.n / m; j++) placeOf.set(unitAt(p.used, j * m), { part: i, j });
  });
  const others: RangeShare[] = [];
  for (const s of shares) {
    const at = placeOf.get(s.from)!;
    for (const r of placesOf(parts[at.part]!.used, at.j * m + 1, (at.j + 1) * m)) others.push({ from: r.from, to: r.to, amount: s.amount });
  }
  state.give(others, shares);
  return shares;
}

/** What has been booked on each unit so far, kept per run of units (a base run starts a run). */
class Booking {
  readonly size: number;
  private readonly starts: number[];
  private readonly booked: RangeMap<Minor>;

  constructor(private readonly u: BookingUnits) {
    const last = u.runs[u.runs.length - 1];
    this.size = last === undefined ? 0 : last.unit.index + last.unit.count;
    this.starts = u.runs.map((r) => r.unit.index);
    this.booked = new RangeMap<Minor>(this.size, 0n, new Set(this.starts), (a, b) => a === b);
  }

  runAt(i: number): BookingRun {
    return this.u.runs[lastAtMost(this.starts, i)]!;
  }

  /** The units of `ranges` as runs sharing base, floor and booked amount, with each unit's room. */
  targetsIn(ranges: readonly UnitRange[]): RoomTarget[] {
    const out: RoomTarget[] = [];
    for (const r of ranges) this.booked.pieces(r.from, r.to, (from, to, b) => out.push(this.target(from, to, b)));
    return out;
  }

  private target(from: number, to: number, booked: Minor): RoomTarget {
    const run = this.runAt(from);
    const room = run.base - run.unit.floor - booked;
    return { unit: pieceOf(run.unit, from, to), weight: run.base, room: room > 0n ? room : 0n };
  }

  /** Books `placed` (skipping empty shares) and adds it to the application's `shares`. */
  give(placed: readonly RangeShare[], shares: RangeShare[]): void {
    const edits: RangeShare[] = [];
    for (const s of placed) {
      if (s.amount <= 0n || s.to <= s.from) continue;
      shares.push(s);
      edits.push(s);
    }
    this.booked.applyAll(edits, book);
  }
}

const book = (b: Minor, s: RangeShare): Minor => b + s.amount;

/** Fills each unit to its room, run after run in `order`, until `amount` is placed. */
function fill(amount: Minor, order: readonly RoomTarget[], booking: Booking, shares: RangeShare[]): Minor {
  let left = amount;
  const placed: RangeShare[] = [];
  for (const t of order) {
    if (left <= 0n) break;
    if (t.room <= 0n) continue;
    const from = t.unit.index;
    const n = BigInt(t.unit.count);
    if (left >= t.room * n) {
      placed.push({ from, to: from + t.unit.count, amount: t.room });
      left -= t.room * n;
      continue;
    }
    const whole = Number(left / t.room);
    if (whole > 0) placed.push({ from, to: from + whole, amount: t.room });
    const rest = left - t.room * BigInt(whole);
    if (rest > 0n) placed.push({ from: from + whole, to: from + whole + 1, amount: rest });
    left = 0n;
  }
  booking.give(placed, shares);
  return left;
}

function targetsOf(req: BookingRequest, u: BookingUnits, sameLine: (a: number, b: number) => boolean): UnitRange[] {
  switch (req.choice.product) {
    case 1: return [...req.rewarded];
    case 2: {
      const rest = minus(unionOf(req.used, sameLine), unionOf(req.rewarded, sameLine));
      // A set with no non-rewarded unit books on its rewarded units instead.
      return rest.length > 0 ? rest : [...req.rewarded];
    }
    case 3: return unionOf([...u.discountable, ...req.used], sameLine);
    default: return req.used.length > 0 ? [...req.used] : [...req.rewarded];
  }
}

/** The units of sorted disjoint `a` that are not in sorted disjoint `b`. */
function minus(a: readonly UnitRange[], b: readonly UnitRange[]): UnitRange[] {
  const out: UnitRange[] = [];
  let j = 0;
  for (const r of a) {
    let from = r.from;
    while (j < b.length && b[j]!.to <= from) j++;
    for (let k = j; k < b.length && b[k]!.from < r.to; k++) {
      if (b[k]!.from > from) out.push({ from, to: b[k]!.from });
      from = Math.max(from, b[k]!.to);
    }
    if (from < r.to) out.push({ from, to: r.to });
  }
  return out;
}

function orderFor(financial: number, targets: readonly RoomTarget[]): RoomTarget[] {
  const byPriceDesc = (a: RoomTarget, b: RoomTarget): number => (a.weight !== b.weight ? (a.weight > b.weight ? -1 : 1) : a.unit.index - b.unit.index);
  const byPriceAsc = (a: RoomTarget, b: RoomTarget): number => (a.weight !== b.weight ? (a.weight < b.weight ? -1 : 1) : a.unit.index - b.unit.index);
  const sorted = [...targets];
  if (financial === 1) sorted.sort(byPriceDesc);
  else if (financial === 2) sorted.sort(byPriceAsc);
  else if (financial === 3) sorted.sort((a, b) => b.unit.taxRate - a.unit.taxRate || byPriceDesc(a, b));
  else sorted.sort((a, b) => a.unit.taxRate - b.unit.taxRate || byPriceDesc(a, b));
  return sorted;
}
