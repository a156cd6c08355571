import type { Minor, PercentOrAmount } from '../../domain/index.ts';
import { minOf, parseMoney, percentOfPrice, percentToBp, splitProportional } from '../../domain/index.ts';
import type { EngineUnit } from '../units.ts';
import type { Draft, RewardUnit } from './types.ts';

export interface RoomTarget {
  readonly unit: EngineUnit;
  /** R2 weight (the price the amount is split by). */
  readonly weight: Minor;
  /** Most this unit may take. */
  readonly room: Minor;
}

/**
 * R2 with room: splits `amount` in proportion to the weights, caps each share at the unit's
 * room and splits what a capped unit could not take over the units that still have room, until
 * the amount is placed or no room is left. Returns the shares (parallel to `targets`) and the
 * part nobody could take (`clipped`).
 * @example splitWithRoom(1000n, [{unit, weight: 5000n, room: 200n}, {unit: u2, weight: 5000n, room: 5000n}]) // shares [200n, 800n]
 */
export function splitWithRoom(amount: Minor, targets: readonly RoomTarget[]): { shares: Minor[]; clipped: Minor } {
  const shares = targets.map(() => 0n);
  let left = amount;
  for (;;) {
    const open = targets.map((t, i) => i).filter((i) => targets[i]!.room - shares[i]! > 0n);
    if (left <= 0n || open.length === 0) break;
    const parts = splitProportional(
      left,
      open.map((i) => ({ weight: targets[i]!.weight, line: targets[i]!.unit.line, unit: targets[i]!.unit.unit })),
    );
    let placed = 0n;
    open.forEach((i, k) => {
      const take = minOf(parts[k]!, targets[i]!.room - shares[i]!);
      shares[i]! += take;
      placed += take;
    });
    left -= placed;
    if (placed === 0n) break;
  }
  return { shares, clipped: left };
}

/** A percent-or-amount reward compiled to minor units / basis points. */
export type Rate = { readonly kind: 'percent'; readonly bp: number } | { readonly kind: 'amountOff'; readonly amount: Minor };

export function compileRate(r: PercentOrAmount, currency: string): Rate {
  return r.kind === 'percent' ? { kind: 'percent', bp: percentToBp(r.percent) } : { kind: 'amountOff', amount: parseMoney(r.amount, currency) };
}

/**
 * The rate on each unit separately: percent by R1 of the unit's base, amount off each unit;
 * each clipped at the unit's room.
 */
export function perUnit(rate: Rate, units: readonly RewardUnit[], tier = 0): Draft {
  return perUnitWithin(units, units.map((u) => (rate.kind === 'percent' ? percentOfPrice(u.base, rate.bp) : rate.amount)), tier);
}

/**
 * Each unit's own saving (`raw[i]` for `units[i]`), clipped at the unit's room.
 * @example perUnitWithin(units, [150n, 90n]) // a draft saving at most each unit's room
 */
export function perUnitWithin(units: readonly RewardUnit[], raw: readonly Minor[], tier = 0): Draft {
  let clipped = 0n;
  const savings = raw.map((s, i) => {
    const take = minOf(s, units[i]!.room < 0n ? 0n : units[i]!.room);
    clipped += s - take;
    return take;
  });
  return draftOf(units, savings, clipped, tier);
}

/**
 * The rate on the units' total: percent of Σ base rounded once (R1 on the total), amount off
 * the total; capped by `max`, then split by R2 over the units' bases within their room.
 */
export function onTotal(rate: Rate, units: readonly RewardUnit[], max?: Minor, tier = 0): Draft {
  let total = 0n;
  for (const u of units) total += u.base;
  let amount = rate.kind === 'percent' ? percentOfPrice(total, rate.bp) : rate.amount;
  let clipped = 0n;
  if (amount > total) {
    // An amount larger than what the units cost: the excess is clipped at zero (SPEC §1).
    clipped += amount - total;
    amount = total;
  }
  if (max !== undefined && amount > max) amount = max;
  const split = splitWithRoom(
    amount,
    units.map((u) => ({ unit: u.unit, weight: u.base, room: u.room < 0n ? 0n : u.room })),
  );
  return draftOf(units, split.shares, clipped + split.clipped, tier);
}

/** A draft over `units` (all used), rewarding those with a positive saving. */
export function draftOf(units: readonly RewardUnit[], savings: readonly Minor[], clipped: Minor, tier = 0): Draft {
  const rewarded: number[] = [];
  const kept: Minor[] = [];
  units.forEach((u, i) => {
    if (savings[i]! > 0n) {
      rewarded.push(u.unit.index);
      kept.push(savings[i]!);
    }
  });
  return { tier, used: units.map((u) => u.unit.index), rewarded, savings: kept, clipped };
}

export const draftSaving = (d: Draft): Minor => d.savings.reduce((a, b) => a + b, 0n);

/**
 * Caps a draft's saving at `cap` (maxDiscount, budget): the savings are re-split by R2 in
 * proportion to what each rewarded unit had, so no unit gets more than before.
 */
export function capDraft(d: Draft, cap: Minor): Draft {
  const total = draftSaving(d);
  if (total <= cap) return d;
  const target = cap < 0n ? 0n : cap;
  const savings = splitProportional(
    target,
    d.savings.map((s, i) => ({ weight: s, line: d.rewarded[i]!, unit: 0 })),
  );
  const rewarded: number[] = [];
  const kept: Minor[] = [];
  savings.forEach((s, i) => {
    if (s > 0n) {
      rewarded.push(d.rewarded[i]!);
      kept.push(s);
    }
  });
  return { ...d, rewarded, savings: kept };
}
