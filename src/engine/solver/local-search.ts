/**
 * Local search on a fallback plan (issue 9: "never worse than a value-ordered greedy + local
 * search"). Moves: drop one application, then fill by value order again from what is left, the
 * dropped application's promotion barred from the first pick (otherwise the fill would mostly make
 * the same application again); before those, per promotion, drop all its applications and fill
 * again without it. A move is kept when it raises the component's gain strictly, so
 * the search ends, and when every cheapestBenefit application still rewards the cheapest benefit
 * units the plan leaves unused (a drop frees cheap units the fill may leave unused, which would
 * break the rule for an application kept from before); its work is counted deterministically (bestSingle calls and applications
 * re-priced), so both engines stop at the same move.
 */
import { priceAll, type ConcreteApp } from './assemble.ts';
import type { FillOrder, ValueFill } from './greedy.ts';
import type { SolveInput } from './types.ts';

/** Most passes over the plan's applications. */
export const LOCAL_SEARCH_PASSES = 3;
/** Most work (bestSingle calls + applications priced) one component's local search may spend. */
export const LOCAL_SEARCH_WORK = 200_000;

/** Gain of applications over keeping customer prices: Σ savings (budgets applied in list order) − forfeits. */
export function objectiveGain(input: SolveInput, apps: readonly ConcreteApp[]): bigint {
  const priced = priceAll(input, apps);
  let gain = 0n;
  for (let i = 0; i < priced.length; i++) {
    gain += priced[i]!.saving;
    for (let j = 0; j < priced[i]!.used.length; j++) {
      const u = input.units[priced[i]!.used[j]!]!;
      gain -= u.price - u.customerPrice;
    }
  }
  return gain;
}

/**
 * A value fill in `order` from `free0` (the component's units) improved by drop-and-refill moves.
 * solve.ts takes the `gain` order's plan as the search's incumbent, and the `denseGain` order's
 * only for a component the search cuts off: a finished search's plan is exact whatever the
 * incumbent, so there the second fill would only cost time (measured on bench shape D).
 */
export function incumbentPlan(input: SolveInput, fill: ValueFill, free0: readonly boolean[], order: FillOrder): ConcreteApp[] {
  const n = fill.promos.length;
  fill.order = order;
  const start = fill.run(free0.slice(), new Array<bigint>(n).fill(0n), new Array<number>(n).fill(0), new Array<boolean>(n).fill(true), -1);
  const plan = improveByDropRefill(input, fill, free0, start);
  fill.order = 'gain';
  return plan;
}

/**
 * Improves `start` (a plan of the component's promotions, `fill.promos`, that no single
 * application can extend with a gain, as the value-order fill leaves it) by drop-and-refill
 * moves; `free0` marks the units the component may use.
 */
export function improveByDropRefill(input: SolveInput, fill: ValueFill, free0: readonly boolean[], start: ConcreteApp[]): ConcreteApp[] {
  // Each move costs the plan's length in work, which starts at that length: a plan this long can
  // make no move, so it is handed back before every application is priced alone (on a line of
  // 1,000,000 units, 500,000 pricings for nothing).
  if (start.length >= LOCAL_SEARCH_WORK) return start;
  const promos = fill.promos;
  const local = new Map<number, number>();
  for (let k = 0; k < promos.length; k++) local.set(promos[k]!, k);
  const gains = new PlanGains(input);
  let apps = start;
  let gain = gains.of(apps);
  let work = apps.length;
  fill.calls = 0;
  /**
   * One move: drops the applications `drop` picks, fills again from what is left with `ban` barred
   * from the first pick (from every pick with `banAll`); the new plan when it gains strictly and
   * keeps the cheapestBenefit rule, else null.
   */
  const move = (drop: (j: number) => boolean, ban: number, banAll: boolean): ConcreteApp[] | null => {
    const rest: ConcreteApp[] = [];
    const dropped: ConcreteApp[] = [];
    for (let j = 0; j < apps.length; j++) (drop(j) ? dropped : rest).push(apps[j]!);
    const free = free0.slice();
    const spent: bigint[] = new Array<bigint>(promos.length).fill(0n);
    const made: number[] = new Array<number>(promos.length).fill(0);
    for (let j = 0; j < rest.length; j++) {
      const k = local.get(rest[j]!.promotion)!;
      made[k] = made[k]! + 1;
      for (let x = 0; x < rest[j]!.qual.length; x++) free[rest[j]!.qual[x]!] = false;
      for (let x = 0; x < rest[j]!.ben.length; x++) free[rest[j]!.ben[x]!] = false;
    }
    // A budget is the only thing a promotion's earlier savings change (bestSingle caps by what
    // is left of it), so only budgeted promotions' applications are priced, in plan order.
    const budgeted = rest.filter((a) => input.promotions[a.promotion]!.budget !== undefined);
    if (budgeted.length > 0) {
      const priced = priceAll(input, budgeted);
      for (let j = 0; j < budgeted.length; j++) {
        const k = local.get(budgeted[j]!.promotion)!;
        spent[k] = spent[k]! + priced[j]!.saving;
      }
    }
    // Only promotions sharing a freed unit, and the dropped one's, can gain anything now.
    const stale: boolean[] = new Array<boolean>(promos.length).fill(false);
    stale[ban] = true;
    for (const d of dropped) {
      for (let x = 0; x < d.qual.length; x++) markAll(fill.byUnit[d.qual[x]!], stale);
      for (let x = 0; x < d.ben.length; x++) markAll(fill.byUnit[d.ben[x]!], stale);
    }
    const cand = rest.concat(fill.run(free, spent, made, stale, ban, banAll));
    work += 2 * cand.length;
    const g = gains.of(cand);
    if (g <= gain || !keepsBenefitRule(input, free0, cand)) return null;
    gain = g;
    return cand;
  };
  for (let pass = 0; pass < LOCAL_SEARCH_PASSES; pass++) {
    let improved = false;
    // Whole promotions first: one the fill keeps picking first (a range deal taking every unit in
    // one application, worth more than any single pair) is left out of the refill entirely. After
    // the single drops it would rarely get a turn: each of those adds one pair, and their work grows
    // with the plan.
    for (let k = 0; k < promos.length && work + fill.calls < LOCAL_SEARCH_WORK; k++) {
      if (!apps.some((a) => local.get(a.promotion) === k)) continue;
      const cand = move((j) => local.get(apps[j]!.promotion) === k, k, true);
      if (cand === null) continue;
      apps = cand;
      improved = true;
    }
    let i = 0;
    while (i < apps.length && work + fill.calls < LOCAL_SEARCH_WORK) {
      const cand = move((j) => j === i, local.get(apps[i]!.promotion)!, false);
      if (cand === null) i++;
      else {
        apps = cand;
        improved = true;
      }
    }
    if (!improved) break;
  }
  return apps;
}

/**
 * A plan's gain (as objectiveGain) from each application's gain priced once: without a budget an
 * application's saving depends on its own units only, so a move re-prices only the applications
 * it made, plus every application of a budgeted promotion (budgets apply in plan order). Before,
 * each move priced the whole plan twice: most of the local search's time on bench shape A.
 */
class PlanGains {
  private readonly alone = new WeakMap<ConcreteApp, bigint>();
  constructor(private readonly input: SolveInput) {}

  of(apps: readonly ConcreteApp[]): bigint {
    const budgeted: ConcreteApp[] = [];
    let gain = 0n;
    for (let i = 0; i < apps.length; i++) {
      const a = apps[i]!;
      if (this.input.promotions[a.promotion]!.budget !== undefined) {
        budgeted.push(a);
        continue;
      }
      let g = this.alone.get(a);
      if (g === undefined) {
        g = objectiveGain(this.input, [a]);
        this.alone.set(a, g);
      }
      gain += g;
    }
    return budgeted.length === 0 ? gain : gain + objectiveGain(this.input, budgeted);
  }
}

function markAll(list: readonly number[] | undefined, stale: boolean[]): void {
  if (list === undefined) return;
  for (let i = 0; i < list.length; i++) stale[list[i]!] = true;
}

/**
 * The cheapestBenefit rule (SPEC §4.1) on a plan of the component: an application of such a
 * promotion rewards `rewardCount` benefit units (fewer only when none is left unused) and none
 * dearer (regular price) than a benefit unit of the promotion the plan leaves unused.
 */
export function keepsBenefitRule(input: SolveInput, free0: readonly boolean[], apps: readonly ConcreteApp[]): boolean {
  const used: boolean[] = new Array<boolean>(input.units.length).fill(false);
  for (let i = 0; i < apps.length; i++) {
    for (let j = 0; j < apps[i]!.qual.length; j++) used[apps[i]!.qual[j]!] = true;
    for (let j = 0; j < apps[i]!.ben.length; j++) used[apps[i]!.ben[j]!] = true;
  }
  for (let i = 0; i < apps.length; i++) {
    const p = input.promotions[apps[i]!.promotion]!;
    if (p.target !== 'cheapestBenefit') continue;
    let cheapestUnused = -1n;
    for (let j = 0; j < p.benefit.length; j++) {
      const u = p.benefit[j]!;
      if (free0[u] !== true || used[u]) continue;
      if (cheapestUnused < 0n || input.units[u]!.price < cheapestUnused) cheapestUnused = input.units[u]!.price;
    }
    if (cheapestUnused < 0n) continue;
    const ben = apps[i]!.ben;
    if (ben.length < p.rewardCount) return false;
    for (let j = 0; j < ben.length; j++) if (input.units[ben[j]!]!.price > cheapestUnused) return false;
  }
  return true;
}
