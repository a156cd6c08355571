/**
 * Best deal of exclusive item deals inside one priority level (SPEC §5). Entry point of the solver.
 */
import { objective, priceAll, sortApplications, type ConcreteApp } from './assemble.ts';
import { greedyApps, ValueFill } from './greedy.ts';
import { incumbentPlan, objectiveGain } from './local-search.ts';
import { components, groupUnits } from './groups.ts';
import { posApps } from './pos.ts';
import { copiesInOneLine } from './copies.ts';
import { ComponentSearch, INCUMBENT_PROBE, type AppType, type Plan } from './search.ts';
import { COUNTED_PROBE, countedApplies } from './counted-fill.ts';
import type { SolveInput, SolveOutput } from './types.ts';

/** Promotion indices ordered by (priority, id, index). */
export function rankOrder(input: SolveInput): number[] {
  const r: number[] = [];
  for (let i = 0; i < input.promotions.length; i++) r.push(i);
  r.sort((a, b) => {
    const pa = input.promotions[a]!;
    const pb = input.promotions[b]!;
    if (pa.priority !== pb.priority) return pa.priority - pb.priority;
    if (pa.id !== pb.id) return pa.id < pb.id ? -1 : 1;
    return a - b;
  });
  return r;
}

/**
 * Chooses the applications of one level. `bestDeal`: provably maximal customer saving under the
 * solution order of docs/solver.md, or `optimal: false` with a bound when `searchBudget` nodes ran out.
 * `count: false` lists every application on its own (docs/solver.md 12; the tests' reference for
 * the counted records).
 * @example solveLevel({ units, available, promotions, policy: 'bestDeal', searchBudget: 200_000 }).total
 */
export function solveLevel(input: SolveInput, count = true): SolveOutput {
  const rank = rankOrder(input);
  if (input.policy === 'cheapestInTransaction') {
    const apps = sortApplications(priceAll(input, posApps(input, rank)));
    return { applications: apps, total: objective(input, apps), optimal: true, nodes: 0 };
  }
  const groups = groupUnits(input);
  const comps = components(groups, rank);
  const chosen: ConcreteApp[] = [];
  let nodes = 0;
  let optimal = true;
  let slack = 0n;
  // Components are independent, so the order they are searched in only decides which of them a
  // spent budget cuts off: the smallest first (fewest promotions; ties: rank order), so that a
  // large component running out of nodes no longer leaves the small ones to the greedy fallback
  // and their loose root bounds (bench shape A: the reported bound of seed 13 fell from 105.0 %
  // to 102.4 % of the optimum).
  const seq: number[] = [];
  for (let c = 0; c < comps.length; c++) seq.push(c);
  seq.sort((a, b) => comps[a]!.length - comps[b]!.length || a - b);
  for (let s = 0; s < seq.length; s++) {
    const c = seq[s]!;
    const search = new ComponentSearch(input, groups, comps[c]!, nodes);
    // Most components are settled by the search alone in a few nodes; the incumbent (as dear as the
    // search on bench D) is only built for those that are not (docs/solver.md 5b).
    const quick = search.quickRun(INCUMBENT_PROBE);
    if (quick !== null) {
      nodes = search.nodes;
      concretize(input, search, quick, chosen, count);
      continue;
    }
    // A long component first tries the counted incumbent, built from the search's kinds
    // (counted-fill.ts): when the search it leads finishes, that plan is exact and the unit fill
    // below, whose work grows with the applications, is never built.
    if (countedApplies(componentUnits(search))) {
      const counted = search.countedIncumbent();
      if (counted > 0n) {
        search.incumbent = counted;
        const led = search.probeRun(COUNTED_PROBE);
        search.incumbent = 0n;
        if (led !== null) {
          nodes = search.nodes;
          concretize(input, search, led, chosen, count);
          continue;
        }
      }
    }
    // The incumbent: the value-order fill improved by the local search, on the component's units.
    const free: boolean[] = new Array<boolean>(input.units.length).fill(false);
    for (let g = 0; g < search.members.length; g++) {
      for (let j = 0; j < search.members[g]!.length; j++) free[search.members[g]![j]!] = true;
    }
    const fill = new ValueFill(input, comps[c]!);
    const byValue = incumbentPlan(input, fill, free, 'gain');
    const valueGain = objectiveGain(input, byValue);
    search.incumbent = valueGain;
    const plan = search.run();
    nodes = search.nodes > input.searchBudget ? input.searchBudget : search.nodes;
    const exact: ConcreteApp[] = [];
    concretize(input, search, plan, exact, count);
    if (!search.aborted) {
      for (let i = 0; i < exact.length; i++) chosen.push(exact[i]!);
      continue;
    }
    // Budget exhausted: the best (by objective; ties: in this order) of the search's best complete
    // plan, the rank-order greedy and the value fills by gain and by gain² ÷ units with local search; the component's
    // root bound replaces its exact value in `bound`.
    optimal = false;
    const greedy = greedyApps(input, comps[c]!, free.slice());
    let apps = exact;
    let found = objectiveGain(input, exact);
    const greedyGain = objectiveGain(input, greedy);
    if (greedyGain > found) { apps = greedy; found = greedyGain; }
    if (valueGain > found) { apps = byValue; found = valueGain; }
    // The fill by gain² ÷ units (local-search.ts), only for a component cut off.
    const byDensity = incumbentPlan(input, fill, free, 'denseGain');
    const densityGain = objectiveGain(input, byDensity);
    if (densityGain > found) { apps = byDensity; found = densityGain; }
    for (let i = 0; i < apps.length; i++) chosen.push(apps[i]!);
    const root = search.rootBound();
    slack += root > found ? root - found : 0n;
  }
  const apps = sortApplications(priceAll(input, chosen));
  const total = objective(input, apps);
  return optimal ? { applications: apps, total, optimal, nodes } : { applications: apps, total, optimal, bound: total + slack, nodes };
}

/** Units of the component's groups. */
function componentUnits(search: ComponentSearch): number {
  let n = 0;
  for (let g = 0; g < search.members.length; g++) n += search.members[g]!.length;
  return n;
}

/**
 * Canonical units: promotions in rank order, applications in plan order, each group's units in
 * (line, unit) order. With `count`, a kind the plan takes several times in a row is one record per
 * stretch of copies that stay in the same lines (`copiesInOneLine`), for promotions without a
 * budget (a budget caps copies in turn, so they differ).
 */
function concretize(input: SolveInput, search: ComponentSearch, plan: Plan, out: ConcreteApp[], count: boolean): void {
  const next: number[] = new Array<number>(search.members.length).fill(0);
  const byPromotion = planNodes(search, plan);
  for (let k = 0; k < search.promos.length; k++) {
    const node = byPromotion[k];
    if (node === undefined) continue;
    const promotion = search.promos[k]!;
    const countable = count && input.promotions[promotion]!.budget === undefined;
    const apps = node.apps;
    for (let a = 0; a < apps.length;) {
      const t = apps[a]!;
      let same = node.times[a]!;
      a++;
      if (countable) while (a < apps.length && sameKind(apps[a]!, t)) same += node.times[a++]!;
      const used: number[] = [];
      const isQual: boolean[] = [];
      for (let g = 0; g < t.counts.length; g++) {
        if (t.counts[g]! === 0) continue;
        used.push(g);
        isQual.push(search.qual[k]!.indexOf(g) >= 0);
      }
      while (same > 0) {
        const copies = countable ? copiesInOneLine(input.units, search.members, t.counts, used, next, same) : 1;
        same -= copies;
        const qual: number[] = [];
        const ben: number[] = [];
        for (let c = 0; c < copies; c++) {
          for (let x = 0; x < used.length; x++) {
            const g = used[x]!;
            const m = search.members[g]!;
            const list = isQual[x] ? qual : ben;
            for (let j = 0; j < t.counts[g]!; j++) list.push(m[next[g]! + j]!);
            next[g] = next[g]! + t.counts[g]!;
          }
        }
        out.push(copies === 1 ? { promotion, tier: t.tier, qual, ben } : { promotion, tier: t.tier, qual, ben, copies });
      }
    }
  }
}

function sameKind(x: AppType, y: AppType): boolean {
  if (x === y) return true;
  if (x.tier !== y.tier || x.counts.length !== y.counts.length) return false;
  for (let g = 0; g < x.counts.length; g++) if (x.counts[g] !== y.counts[g]) return false;
  return true;
}

/** A plan's node of each promotion, by local promotion index (the plan follows the parts, docs/solver.md 4). */
function planNodes(search: ComponentSearch, plan: Plan): Plan[] {
  const out: Plan[] = [];
  const stack: { k: number; node: Plan }[] = [{ k: 0, node: plan }];
  while (stack.length > 0) {
    const { k, node } = stack.pop()!;
    out[k] = node;
    // No rest: nothing after k in its part makes an application (search.ts NOTHING).
    const rest = node.next;
    if (rest === null) continue;
    const parts = search.parts[k]!;
    if (parts.length === 1) stack.push({ k: parts[0]!, node: rest });
    else if (rest.parts !== undefined) for (let i = 0; i < parts.length; i++) stack.push({ k: parts[i]!, node: rest.parts[i]! });
  }
  return out;
}
