import type { Minor, PercentOrAmount } from '../../domain/index.ts';
import { minOf, parseMoney, percentOfPrice, percentToBp, splitProportionalRuns } from '../../domain/index.ts';
import type { EngineUnit } from '../units.ts';
import type { UnitRange } from '../unit-ranges.ts';
import type { Draft, RewardUnit } from './types.ts';

export interface RoomTarget {
  /** A run of alike units. */
  readonly unit: EngineUnit;
  /** R2 weight per unit (the price the amount is split by). */
  readonly weight: Minor;
  /** Most each unit may take. */
  readonly room: Minor;
}

/** Units [from, to) each taking `amount`. */
export interface RangeShare extends UnitRange {
  readonly amount: Minor;
}

/**
 * R2 with room: splits `amount` in proportion to the weights, caps each unit's share at its
 * room and splits what a capped unit could not take over the units that still have room, until
 * the amount is placed or no room is left. Returns each unit's share as ranges in the targets'
 * order (a run splits where R2's leftover cents reach only its first units) and the part nobody
 * could take (`clipped`). Equal, unit by unit, to the same split over every unit.
 * @example splitWithRoom(1000n, [{unit, weight: 5000n, room: 200n}, {unit: u2, weight: 5000n, room: 5000n}]) // shares 200n, 800n
 */
export function splitWithRoom(amount: Minor, targets: readonly RoomTarget[]): { shares: RangeShare[]; clipped: Minor } {
  interface Part { readonly unit: EngineUnit; readonly from: number; readonly to: number; readonly weight: Minor; readonly room: Minor; readonly share: Minor }
  let parts: Part[] = targets.map((t) => ({ unit: t.unit, from: t.unit.index, to: t.unit.index + t.unit.count, weight: t.weight, room: t.room, share: 0n }));
  let left = amount;
  for (;;) {
    const open: number[] = [];
    for (let i = 0; i < parts.length; i++) if (parts[i]!.room > parts[i]!.share) open.push(i);
    if (left <= 0n || open.length === 0) break;
    const split = splitProportionalRuns(left, open.map((i) => {
      const p = parts[i]!;
      return { weight: p.weight, line: p.unit.line, unit: p.unit.unit + p.from - p.unit.index, count: p.to - p.from };
    }));
    const next: Part[] = [];
    let placed = 0n;
    let o = 0;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (open[o] !== i) {
        next.push(p);
        continue;
      }
      const { share, extra } = split[o++]!;
      const n = p.to - p.from;
      const free = p.room - p.share;
      const rest = share < free ? share : free;
      const first = extra > 0 && share + 1n < free ? share + 1n : extra > 0 ? free : rest;
      placed += first * BigInt(extra) + rest * BigInt(n - extra);
      if (extra === 0 || first === rest) next.push({ ...p, share: p.share + rest });
      else if (extra === n) next.push({ ...p, share: p.share + first });
      else next.push({ ...p, to: p.from + extra, share: p.share + first }, { ...p, from: p.from + extra, share: p.share + rest });
    }
    parts = next;
    left -= placed;
    if (placed === 0n) break;
  }
  return { shares: parts.map((p) => ({ from: p.from, to: p.to, amount: p.share })), clipped: left };
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
 * Each unit's own saving (`raw[i]` for every unit of `units[i]`), clipped at the unit's room.
 * @example perUnitWithin(units, [150n, 90n]) // a draft saving at most each unit's room
 */
export function perUnitWithin(units: readonly RewardUnit[], raw: readonly Minor[], tier = 0): Draft {
  let clipped = 0n;
  const shares = raw.map((s, i): RangeShare => {
    const u = units[i]!;
    const take = minOf(s, u.room < 0n ? 0n : u.room);
    clipped += (s - take) * BigInt(u.unit.count);
    return { from: u.unit.index, to: u.unit.index + u.unit.count, amount: take };
  });
  return draftOf(units, shares, clipped, tier);
}

/**
 * The rate on the units' total: percent of Σ base rounded once (R1 on the total), amount off
 * the total; capped by `max`, then split by R2 over the units' bases within their room.
 */
export function onTotal(rate: Rate, units: readonly RewardUnit[], max?: Minor, tier = 0): Draft {
  let total = 0n;
  for (const u of units) total += u.base * BigInt(u.unit.count);
  let amount = rate.kind === 'percent' ? percentOfPrice(total, rate.bp) : rate.amount;
  let clipped = 0n;
  if (amount > total) {
    // An amount larger than what the units cost: the excess is clipped at zero (SPEC §1).
    clipped += amount - total;
    amount = total;
  }
  if (max !== undefined && amount > max) amount = max;
  const split = splitWithRoom(amount, units.map((u) => ({ unit: u.unit, weight: u.base, room: u.room < 0n ? 0n : u.room })));
  return draftOf(units, split.shares, clipped + split.clipped, tier);
}

/** Ranges of the units of `units`, adjacent runs of one line joined. */
export function rangesOfUnits(units: readonly { readonly unit: EngineUnit }[]): UnitRange[] {
  const out: UnitRange[] = [];
  for (const { unit } of units) {
    const last = out[out.length - 1];
    if (last !== undefined && last.to === unit.index && unit.unit > 0) out[out.length - 1] = { from: last.from, to: unit.index + unit.count };
    else out.push({ from: unit.index, to: unit.index + unit.count });
  }
  return out;
}

/** A draft over `units` (all used), rewarding the ranges of `shares` with a positive saving. */
export function draftOf(units: readonly RewardUnit[], shares: readonly RangeShare[], clipped: Minor, tier = 0): Draft {
  const rewarded: UnitRange[] = [];
  const kept: Minor[] = [];
  for (const s of shares) {
    if (s.amount <= 0n || s.to <= s.from) continue;
    rewarded.push({ from: s.from, to: s.to });
    kept.push(s.amount);
  }
  return { tier, used: rangesOfUnits(units), rewarded, savings: kept, clipped };
}

export const draftSaving = (d: Draft): Minor => {
  let total = 0n;
  d.savings.forEach((s, i) => { total += s * BigInt(d.rewarded[i]!.to - d.rewarded[i]!.from); });
  return total;
};

/**
 * Caps a draft's saving at `cap` (maxDiscount, budget): the savings are re-split by R2 in
 * proportion to what each rewarded unit had, so no unit gets more than before.
 */
export function capDraft(d: Draft, cap: Minor): Draft {
  const total = draftSaving(d);
  if (total <= cap) return d;
  const target = cap < 0n ? 0n : cap;
  // Ties go to the earlier unit (its global index), as the split over single units did.
  const split = splitProportionalRuns(target, d.savings.map((s, i) => ({ weight: s, line: d.rewarded[i]!.from, unit: 0, count: d.rewarded[i]!.to - d.rewarded[i]!.from })));
  const rewarded: UnitRange[] = [];
  const kept: Minor[] = [];
  const keep = (from: number, to: number, s: Minor): void => {
    if (s > 0n && to > from) {
      rewarded.push({ from, to });
      kept.push(s);
    }
  };
  split.forEach(({ share, extra }, i) => {
    const r = d.rewarded[i]!;
    keep(r.from, r.from + extra, share + 1n);
    keep(r.from + extra, r.to, share);
  });
  return { ...d, rewarded, savings: kept };
}
