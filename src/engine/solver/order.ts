/**
 * Application kinds, plans and the total solution order the search breaks ties by
 * (docs/solver.md §Solution order).
 */
/** One kind of application: a tier and how many units of each component group it uses. */
export interface AppType {
  readonly tier: number;
  /** Units used per local group. */
  readonly counts: number[];
  readonly saving: bigint;
  /** Σ over used units of (price − customerPrice): the customer-price saving the application forfeits. */
  readonly forfeit: bigint;
  readonly units: number;
}

/** Best solution of promotion `k`'s part of the component (k and its parts, docs/solver.md 4); one node per promotion. */
export interface Plan {
  readonly gain: bigint;
  readonly units: number;
  /**
   * Applications of promotion k, in solution order, as runs: kind `apps[i]` taken `times[i]` times
   * in a row (a kind taken many times is one entry, so a plan costs its kinds, not its
   * applications; docs/solver.md 11).
   */
  readonly apps: AppType[];
  readonly times: number[];
  readonly appUnits: number;
  /** The rest: the plan of k's one part, the parts' plans in `parts` when it has several, else empty. */
  readonly next: Plan | null;
  /** In a rest made of several parts: one plan per part, in the order of `Component.parts`. */
  readonly parts?: readonly Plan[];
}

/**
 * Preference between application kinds (a total order): more gain (saving − forfeited
 * customer-price saving), then higher tier, then more units of earlier groups.
 */
export function compareType(a: AppType, b: AppType): number {
  const ga = a.saving - a.forfeit;
  const gb = b.saving - b.forfeit;
  if (ga !== gb) return ga > gb ? -1 : 1;
  if (a.tier !== b.tier) return a.tier > b.tier ? -1 : 1;
  for (let g = 0; g < a.counts.length; g++) {
    if (a.counts[g] !== b.counts[g]) return a.counts[g]! > b.counts[g]! ? -1 : 1;
  }
  return 0;
}

/**
 * Total solution order (< 0: `a` is better) between two candidates of one `solve` call of promotion
 * k. See docs/solver.md §Solution order: more gain, then fewer units, then per promotion in rank
 * order its kinds compared in preference order, a list that extends the other winning. The
 * candidates of one call are distinct multisets of k's kinds, so k's lists always decide: the
 * promotions after k never need comparing (each part's own call already chose its best).
 */
export function comparePlan(a: Plan, b: Plan): number {
  if (a.gain !== b.gain) return a.gain > b.gain ? -1 : 1;
  if (a.units !== b.units) return a.units < b.units ? -1 : 1;
  // The lists application by application, read run by run.
  let i = 0;
  let j = 0;
  let ri = 0;
  let rj = 0;
  while (i < a.apps.length && j < b.apps.length) {
    const c = compareType(a.apps[i]!, b.apps[j]!);
    if (c !== 0) return c;
    const step = Math.min(a.times[i]! - ri, b.times[j]! - rj);
    ri += step;
    rj += step;
    if (ri === a.times[i]) {
      i++;
      ri = 0;
    }
    if (rj === b.times[j]) {
      j++;
      rj = 0;
    }
  }
  const aLeft = i < a.apps.length;
  const bLeft = j < b.apps.length;
  return aLeft === bLeft ? 0 : aLeft ? -1 : 1;
}

/** Appends `n` copies of kind t to a run list (joined to the last run when it is t). */
export function pushRun(apps: AppType[], times: number[], t: AppType, n: number): void {
  const last = apps.length - 1;
  if (last >= 0 && apps[last] === t) times[last] = times[last]! + n;
  else {
    apps.push(t);
    times.push(n);
  }
}

/** What one application alone adds to the objective: its saving within the budget, less forfeits. */
export function realGain(a: AppType, budget: bigint | undefined): bigint {
  return (budget !== undefined && a.saving > budget ? budget : a.saving) - a.forfeit;
}

/** Single-application order (as `comparePlan` on one-kind plans): more gain, fewer units, preference. */
export function betterKind(a: AppType, b: AppType, budget: bigint | undefined): boolean {
  const ga = realGain(a, budget);
  const gb = realGain(b, budget);
  if (ga !== gb) return ga > gb;
  if (a.units !== b.units) return a.units < b.units;
  return compareType(a, b) < 0;
}

/**
 * Nodes are met in increasing solution order among equal (gain, units), so a completion bounded
 * by `bound` gain and using at least `units` units can only win with more gain or fewer units.
 */
export function cannotBeat(bound: bigint, units: number, best: Plan): boolean {
  return bound < best.gain || (bound === best.gain && units >= best.units);
}
