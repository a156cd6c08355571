import type { Minor } from '../domain/index.ts';
import { minOf } from '../domain/index.ts';
import { splitWithRoom, type RangeShare, type RoomTarget } from './rewards/split.ts';
import { pieceOf, type EngineUnit } from './units.ts';
import { lastAtMost, RangeMap, unionOf, type UnitRange } from './unit-ranges.ts';

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
  return requests.map((req) => {
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
  });
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
