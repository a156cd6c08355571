import type { Minor } from '../domain/index.ts';
import { minOf } from '../domain/index.ts';
import { splitWithRoom } from './rewards/split.ts';
import type { EngineUnit } from './units.ts';

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
  readonly used: readonly number[];
  readonly rewarded: readonly number[];
  readonly saving: Minor;
  /** Saving per rewarded unit as the reward computed it, parallel to `rewarded`. */
  readonly savings: readonly Minor[];
  readonly choice: DispersionChoice;
}

export interface BookingUnits {
  readonly units: readonly EngineUnit[];
  /** What each unit costs before promotions: regular price where an exclusive promotion took it, else its customer price. */
  readonly base: readonly Minor[];
  /** Units that may carry bookings of `product: 3` (all discountable order lines). */
  readonly discountable: readonly number[];
}

/**
 * Books every application's saving onto units (SPEC §8), in the order given. Booking never
 * changes a total: each application's shares sum exactly to its saving. A unit never takes
 * more than `base − floor − already booked`; what the chosen units cannot take spills first onto
 * the application's own set (in proportion to price, R2), then onto every unit in order (documented in docs/engine.md).
 * Returns, per application, a map unit index → amount.
 * @example disperse([{used:[0,1], rewarded:[1], saving: 500n, choice:{financial:0, product:1}}], units) // [Map {1 => 500n}]
 */
export function disperse(requests: readonly BookingRequest[], u: BookingUnits): Map<number, Minor>[] {
  const booked = u.units.map(() => 0n);
  const roomOf = (i: number): Minor => {
    const r = u.base[i]! - u.units[i]!.floor - booked[i]!;
    return r > 0n ? r : 0n;
  };
  return requests.map((req) => {
    const shares = new Map<number, Minor>();
    const give = (i: number, amount: Minor): void => {
      if (amount <= 0n) return;
      booked[i]! += amount;
      shares.set(i, (shares.get(i) ?? 0n) + amount);
    };
    let left = req.saving;
    const targets = targetsOf(req, u);
    if (req.choice.asComputed === true) {
      req.rewarded.forEach((i, k) => {
        const take = minOf(req.savings[k] ?? 0n, roomOf(i));
        give(i, take);
        left -= take;
      });
    } else if (req.choice.financial === 0) {
      const split = splitWithRoom(left, targets.map((i) => ({ unit: u.units[i]!, weight: u.base[i]!, room: roomOf(i) })));
      targets.forEach((i, k) => give(i, split.shares[k]!));
      left = split.clipped;
    } else {
      left = fill(left, orderFor(req.choice.financial, targets, u), roomOf, give);
    }
    if (left > 0n) {
      const set = [...new Set([...req.used, ...req.rewarded])].sort((a, b) => a - b);
      const spill = splitWithRoom(left, set.map((i) => ({ unit: u.units[i]!, weight: u.base[i]!, room: roomOf(i) })));
      set.forEach((i, k) => give(i, spill.shares[k]!));
      left = spill.clipped;
    }
    if (left > 0n) left = fill(left, u.units.map((x) => x.index), roomOf, give);
    if (left !== 0n) throw new Error('dispersion could not place a saving: decided savings exceed the units\' room');
    return shares;
  });
}

function fill(amount: Minor, order: readonly number[], roomOf: (i: number) => Minor, give: (i: number, a: Minor) => void): Minor {
  let left = amount;
  for (const i of order) {
    if (left <= 0n) break;
    const take = minOf(left, roomOf(i));
    give(i, take);
    left -= take;
  }
  return left;
}

function targetsOf(req: BookingRequest, u: BookingUnits): number[] {
  switch (req.choice.product) {
    case 1: return [...req.rewarded];
    case 2: {
      const rewarded = new Set(req.rewarded);
      const rest = req.used.filter((i) => !rewarded.has(i));
      // A set with no non-rewarded unit books on its rewarded units instead.
      return rest.length > 0 ? rest : [...req.rewarded];
    }
    case 3: return [...new Set([...u.discountable, ...req.used])].sort((a, b) => a - b);
    default: return req.used.length > 0 ? [...req.used] : [...req.rewarded];
  }
}

function orderFor(financial: number, targets: readonly number[], u: BookingUnits): number[] {
  const price = (i: number): Minor => u.base[i]!;
  const tax = (i: number): number => u.units[i]!.taxRate;
  const byPriceDesc = (a: number, b: number): number => (price(a) !== price(b) ? (price(a) > price(b) ? -1 : 1) : a - b);
  const byPriceAsc = (a: number, b: number): number => (price(a) !== price(b) ? (price(a) < price(b) ? -1 : 1) : a - b);
  const sorted = [...targets];
  if (financial === 1) sorted.sort(byPriceDesc);
  else if (financial === 2) sorted.sort(byPriceAsc);
  else if (financial === 3) sorted.sort((a, b) => tax(b) - tax(a) || byPriceDesc(a, b));
  else sorted.sort((a, b) => tax(a) - tax(b) || byPriceDesc(a, b));
  return sorted;
}
