/**
 * The cheapestBenefit rule (SPEC §4.1, re-read 2026-12-01): an application rewards the cheapest
 * benefit units that no other application of the plan uses, never a dearer one in their place.
 * It is a property of the whole plan, because a later promotion may use the cheaper units: so
 * when promotion k has chosen its applications, the search records as *obligations* the benefit
 * groups that must be used up by the end of the plan, and a plan leaving one of them with a unit
 * is not a plan (docs/solver.md, "The cheapestBenefit rule").
 */
import type { AppType } from './order.ts';
import type { SolverUnit } from './types.ts';

/**
 * Obligations after promotion k's applications `chosen`, with `rem` the counts they left:
 * the incoming ones still open (rem > 0) plus, for a cheapestBenefit promotion, each of its
 * benefit groups with units left that is cheaper (regular price) than a benefit unit it rewards,
 * or every one of them when an application rewards fewer than `rewardCount` units. Ascending,
 * unique. null when one can no longer be met: no promotion after k uses the group (`later`).
 */
export function obligationsAfter(
  incoming: readonly number[],
  cheapestBenefit: boolean,
  rewardCount: number,
  chosen: readonly AppType[],
  ben: readonly number[],
  groupPrice: readonly bigint[],
  rem: readonly number[],
  later: readonly boolean[] | undefined,
): number[] | null {
  const out: number[] = [];
  for (let i = 0; i < incoming.length; i++) if (rem[incoming[i]!]! > 0) out.push(incoming[i]!);
  if (cheapestBenefit && chosen.length > 0) {
    let dearest = -1n;
    let short = false;
    for (let a = 0; a < chosen.length; a++) {
      let placed = 0;
      for (let i = 0; i < ben.length; i++) {
        const c = chosen[a]!.counts[ben[i]!]!;
        if (c === 0) continue;
        placed += c;
        if (groupPrice[ben[i]!]! > dearest) dearest = groupPrice[ben[i]!]!;
      }
      if (placed < rewardCount) short = true;
    }
    for (let i = 0; i < ben.length; i++) {
      const g = ben[i]!;
      if (rem[g]! > 0 && (short || groupPrice[g]! < dearest) && out.indexOf(g) < 0) out.push(g);
    }
    out.sort((x, y) => x - y);
  }
  for (let i = 0; i < out.length; i++) if (later === undefined || later[out[i]!] !== true) return null;
  return out;
}

/** Regular price of each local group (its units share it). */
export function groupPrices(units: readonly SolverUnit[], members: readonly (readonly number[])[]): bigint[] {
  const out: bigint[] = [];
  for (let g = 0; g < members.length; g++) out.push(units[members[g]![0]!]!.price);
  return out;
}
