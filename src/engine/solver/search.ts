/**
 * Exact best deal for one conflict component: dynamic programming over promotions in rank order,
 * a choice completed by each of the parts the later promotions come apart into, with memo on
 * (promotion, remaining units per group of its part), branch and bound inside each promotion's
 * choice of applications. See docs/solver.md for the solution order and why pruning is exact.
 */
import { obligationsAfter } from './benefit-rule.ts';
import { applicationLimit } from './rules.ts';
import { cannotBeat, compareType, comparePlan, pushRun, type AppType, type Plan } from './order.ts';
import { LAGRANGE_PROBE } from './lagrange.ts';
import { CountedIncumbent } from './counted-fill.ts';
import { MAX_SEARCH_DEPTH } from './component.ts';

export { compareType, comparePlan, type AppType, type Plan } from './order.ts';

/**
 * Nodes the search may take alone (no incumbent, no λ*) before the incumbent is built
 * (`quickRun`, docs/solver.md 5b).
 */
export const INCUMBENT_PROBE = 200;

/** Searches one component. `promos` are global promotion indices in rank order. */
export class ComponentSearch extends CountedIncumbent {
  /**
   * Best plan of the component. When the node budget runs out (`aborted`), the best complete plan
   * met so far instead (possibly empty): feasible, never proven.
   */
  run(): Plan {
    this.resetLagrange();
    // A search that finishes within LAGRANGE_PROBE nodes without λ* has its exact plan: λ* would
    // only have cost its set-up (a third of a small basket's time). Otherwise the search starts
    // again with λ*; the memo entries the probe stored are exact whatever bound found them, and
    // its nodes stay counted.
    if (this.lagrangeApplies(this.incumbent)) {
      const budget = this.budget;
      this.budget = Math.min(budget, this.nodes + LAGRANGE_PROBE);
      const probe = this.searchFrom();
      this.budget = budget;
      if (!this.aborted) return probe;
      this.nodes = this.doneAtAbort;
      this.aborted = this.nodes > budget || this.workspaceFull();
      if (this.aborted) return probe;
    }
    // λ* (its work counts in the node budget) bounds every node below.
    this.prepareLagrange(this.incumbent);
    return this.searchFrom();
  }

  /**
   * The search alone — no incumbent, no λ* — for at most `cap` more nodes: its plan when it
   * finishes (exact: nothing was cut but by the search's own bounds), else null with the search
   * ready to `run()` on (its memo entries are exact whatever the need, docs/solver.md 5b).
   */
  quickRun(cap: number): Plan | null {
    this.resetLagrange();
    const incumbent = this.incumbent;
    this.incumbent = 0n;
    const plan = this.withinCap(cap, () => this.searchFrom());
    this.incumbent = incumbent;
    return plan;
  }

  /**
   * `run()` for at most `cap` more nodes: its exact plan when it finishes, else null with the
   * search ready to `run()` on under another incumbent (as `quickRun`; solve.ts, the counted
   * incumbent).
   */
  probeRun(cap: number): Plan | null {
    return this.withinCap(cap, () => this.run());
  }

  /** The search from the root with the incumbent as its target (and without, should nothing reach it). */
  private searchFrom(): Plan {
    let plan = this.solve(0, this.fullCounts(), [], this.incumbent);
    // Nothing reached the incumbent (its pricing on the actual units may differ by a cent from the
    // kinds', docs/solver.md "Known limits"): search again without it; the memo entries stay valid.
    if (plan === null && !this.aborted && this.incumbent > 0n) plan = this.solve(0, this.fullCounts(), [], 0n);
    return plan === null ? NOTHING : plan;
  }

  /**
   * Gain of a known feasible plan of the whole component (the value-order greedy improved by the
   * local search), or 0n. Every branch that cannot reach it is cut (ties are kept), so the search
   * still returns the best plan in solution order whenever that plan gains at least this much.
   */
  incumbent = 0n;

  /**
   * Best plan of promotion k's parts on `rem` (the rest of a plan after k) that uses up `oblig`,
   * reaching `need`, or null (as `solve`). Parts share no group, so the best rest is each part's
   * best: each needs what the rest needs less what the parts solved before it gained and what the
   * parts after it can gain at most (their bounds); a part reaching none of that leaves the rest
   * below its need. The smallest parts (fewest groups; ties: in order) are solved first: their
   * exact gains then tighten the need of the large ones (bench D: 232.6 → 223.8 nodes per basket).
   */
  private solveRest(k: number, rem: number[], oblig: number[], need: bigint): Plan | null {
    const parts = this.parts[k]!;
    if (parts.length === 0) return oblig.length > 0 ? null : NOTHING;
    if (parts.length === 1) return this.solve(parts[0]!, rem, oblig, need);
    const order = parts.map((_, i) => i);
    order.sort((a, b) => this.relevant[parts[a]!]!.length - this.relevant[parts[b]!]!.length || a - b);
    const after: bigint[] = new Array<bigint>(parts.length + 1).fill(0n);
    for (let i = parts.length - 1; i >= 0; i--) {
      const c = parts[order[i]!]!;
      let b = this.bound(c, rem);
      if (this.lagOn) {
        const lag = this.lagBound(c, rem);
        if (lag < b) b = lag;
      }
      after[i] = after[i + 1]! + b;
    }
    const plans: Plan[] = new Array<Plan>(parts.length);
    let gain = 0n;
    let units = 0;
    for (let i = 0; i < parts.length; i++) {
      const c = parts[order[i]!]!;
      const rel = this.relevant[c]!;
      const own: number[] = [];
      for (let j = 0; j < oblig.length; j++) if (rel.indexOf(oblig[j]!) >= 0) own.push(oblig[j]!);
      const sub = this.solve(c, rem, own, need - gain - after[i + 1]!);
      if (sub === null) return null;
      plans[order[i]!] = sub;
      gain += sub.gain;
      units += sub.units;
    }
    return { gain, units, apps: [], times: [], appUnits: 0, next: null, parts: plans };
  }

  /**
   * Best plan of promotion k's part on `rem` that uses up every group of `oblig` (open cheapestBenefit
   * obligations, benefit-rule.ts; each has units left and a promotion ≥ k that can use it), or
   * null when there is none. Without obligations the empty plan always qualifies.
   */
  private solve(k: number, rem: number[], oblig: number[], need: bigint): Plan | null {
    const rel = this.relevant[k]!;
    const memoized = this.memoized[k] === true;
    let key = '';
    if (memoized) {
      key = String(k);
      for (let i = 0; i < rel.length; i++) key += ',' + String(rem[rel[i]!]!);
      if (oblig.length > 0) key += '|' + oblig.join(',');
    }
    const hit = memoized ? this.memo.get(key) : undefined;
    // An entry reaching the need it was computed for is exact; one below it only says "nothing
    // reaches that need", which answers any call needing as much or more.
    if (hit !== undefined) {
      if (hit.plan !== null && hit.plan.gain >= hit.need) return hit.plan;
      if (need >= hit.need) return null;
    }
    // The search recurses once per promotion along a path of parts: past MAX_SEARCH_DEPTH it is cut
    // off as if its budget were spent, before the call stack runs out (component.ts).
    if (this.depth > MAX_SEARCH_DEPTH) this.abortAtDepth();
    if (this.tick()) return this.cutOff(k, oblig);
    const types = this.isolatedRange[k] === true && this.sepRange[k] !== true ? this.bestRangeKind(k, rem) : this.isolatedChunk[k] === true ? this.chunkKinds(k, rem) : this.generate(k, rem, need);
    if (this.aborted) return this.cutOff(k, oblig);
    const p = this.input.promotions[this.promos[k]!]!;
    const limit = applicationLimit(p);
    const state: DfsState = { k, need, types, limit, budget: p.budget, best: null, chosen: [], times: [], apps: 0, rem: rem.slice(), oblig, cheapestBenefit: p.target === 'cheapestBenefit', rewardCount: p.rewardCount, frames: newFrames(), sufRed: this.lagOn ? this.suffixReduced(types) : null };
    // Forced single-unit kinds (see `forcedUnits`): taken on every unit of their group, out of the DFS.
    const forced: AppType[] = [];
    const forcedTimes: number[] = [];
    let fGain = 0n;
    let fUnits = 0;
    if (this.forcedUnits[k] === true) {
      for (let j = 0; j < types.length; j++) {
        const t = types[j]!;
        let g = 0;
        while (t.counts[g] === 0) g++;
        if (this.sepForce[k]![g] !== 1) continue;
        const c = state.rem[g]!;
        if (c > 0) pushRun(forced, forcedTimes, t, c);
        fGain += BigInt(c) * (t.saving - t.forfeit);
        fUnits += c;
        state.rem[g] = 0;
      }
      // The forced part is in every plan of this call: the DFS's plans need that much less.
      state.need = need - fGain;
    }
    this.dfs(state);
    if (state.best !== null && forced.length > 0) {
      const b = state.best;
      const apps: AppType[] = [];
      const times: number[] = [];
      let i = 0;
      let j = 0;
      // Both lists are in solution order: merged run by run, as application by application.
      while (i < b.apps.length || j < forced.length) {
        if (j === forced.length || (i < b.apps.length && compareType(b.apps[i]!, forced[j]!) < 0)) {
          pushRun(apps, times, b.apps[i]!, b.times[i]!);
          i++;
        } else {
          pushRun(apps, times, forced[j]!, forcedTimes[j]!);
          j++;
        }
      }
      state.best = { gain: b.gain + fGain, units: b.units + fUnits, apps, times, appUnits: b.appUnits + fUnits, next: b.next };
    }
    // Cut off: the best complete plan met so far is feasible but unproven, so it is not memoized.
    if (this.aborted) return state.best === null ? this.cutOff(k, oblig) : state.best;
    const best = state.best;
    if (memoized) {
      if (hit === undefined) this.memoInts += 1 + rel.length + oblig.length;
      this.memo.set(key, { plan: best, need });
    }
    return best !== null && best.gain >= need ? best : null;
  }

  /** After a cut-off: the empty plan, which only qualifies without open obligations. */
  private cutOff(k: number, oblig: readonly number[]): Plan | null {
    return oblig.length > 0 ? null : NOTHING;
  }

  /**
   * Enumerates multisets of application kinds (non-decreasing kind index) for promotion s.k in
   * post-order: a multiset's extensions before the multiset itself. That is exactly increasing
   * solution order among candidates of equal gain and units, so a node is pruned as soon as its
   * bound cannot give strictly more gain, or equal gain with strictly fewer units.
   * Iterative over an explicit frame stack (one frame per chosen kind), so the depth of the
   * JavaScript stack does not grow with the number of applications (a line of 10,500 units makes
   * 10,500 of them); it visits, counts and prunes exactly as the recursive walk did.
   */
  private dfs(s: DfsState): void {
    const f = s.frames;
    f.depth = 0;
    this.enter(s, 0, 0n, 0n, 0);
    while (f.depth > 0) {
      const d = f.depth - 1;
      if (f.state[d] === FRAME_ENTER) {
        f.state[d] = FRAME_LOOP;
        if (this.tick() || this.pruned(s, d)) {
          this.leave(s);
          continue;
        }
        f.next[d] = f.start[d]!;
      }
      // Cut off: every frame is left as it is, a chain frame with all its levels at once.
      if (this.aborted) {
        this.leave(s, f.level[d]!);
        continue;
      }
      if (f.state[d] === FRAME_LOOP) {
        // A chain level about to try its kinds after the chain's: it and the levels below it
        // whose rest cannot win are left in one step (docs/solver.md 11).
        if (f.chain[d] === CHAIN_FRESH) {
          f.chain[d] = CHAIN_DONE;
          if (this.skipChainLevels(s, d)) continue;
          if (this.aborted) {
            this.leave(s, f.level[d]!);
            continue;
          }
        }
        let j = s.apps < s.limit ? f.next[d]! : s.types.length;
        // Additive sets: only the canonical multiset of each choice (docs/solver.md 4).
        const rank = this.setRank[s.k]!;
        const after = this.additiveSets[s.k] === true && s.apps > 0 ? lastRank(s.chosen[s.chosen.length - 1]!, rank) : -1;
        for (; j < s.types.length; j++) {
          const t = s.types[j]!;
          if (after >= 0 && firstRank(t, rank) < after) continue;
          let fits = true;
          for (let g = 0; g < t.counts.length; g++) if (t.counts[g]! > s.rem[g]!) { fits = false; break; }
          if (fits) break;
        }
        if (j < s.types.length) {
          f.next[d] = j + 1;
          const t = s.types[j]!;
          const m = this.copiesThatFit(s, t);
          if (m >= chainFrom && (this.additiveSets[s.k] !== true || firstRank(t, rank) === lastRank(t, rank))) {
            this.descendChain(s, d, j, m);
            continue;
          }
          this.pushKind(s, d, j);
          continue;
        }
        this.complete(s, d);
      }
      this.leave(s);
    }
  }

  /** How many more copies of kind t fit in s.rem within the promotion's application limit. */
  private copiesThatFit(s: DfsState, t: AppType): number {
    let m = s.limit - s.apps;
    for (let g = 0; g < t.counts.length; g++) {
      const c = t.counts[g]!;
      if (c > 0 && Math.floor(s.rem[g]! / c) < m) m = Math.floor(s.rem[g]! / c);
    }
    return m;
  }

  /**
   * Frame d chose kind j, which fits m ≥ chainFrom times: the walk would now enter the levels
   * S + j×i (i = 1…m) one after the other, each checked on entry. Instead the levels are pushed at
   * once and the checks bisected (docs/solver.md 11): level 1 is checked as the walk would; when it
   * stands and level m does not, the search goes down to some level p that is pruned and whose
   * parent stands — any such p is exact, since p's check covers every level below it. Levels
   * 1…p−1 are then walked from the deepest up, each trying the kinds after j, as the walk would.
   */
  private descendChain(s: DfsState, d: number, j: number, m: number): void {
    const f = s.frames;
    const t = s.types[j]!;
    const apps = s.apps;
    // Level i's entry check, on counts and sums taken i times (nothing is pushed yet).
    const standsAt = (i: number): boolean | null => {
      if (this.tick()) return null;
      const sum = f.sumSaving[d]! + BigInt(i) * t.saving;
      this.shiftRem(s, t, -i);
      const cut = this.prunedAt(s, gainWithin(s, sum, f.forfeit[d]! + BigInt(i) * t.forfeit), j, f.units[d]! + i * t.units, apps + i, sum);
      this.shiftRem(s, t, i);
      return !cut;
    };
    let p: number;
    // Level 1 pruned (or the budget spent): the frame goes on with kind j + 1, as the walk would.
    if (standsAt(1) !== true) return;
    if (m === 1) p = 2;
    else {
      const last = standsAt(m);
      if (last === null) return;
      if (last) p = m + 1;
      else {
        let lo = 1;
        let hi = m;
        while (hi - lo > 1) {
          const mid = lo + Math.floor((hi - lo) / 2);
          const st = standsAt(mid);
          if (st === null) return;
          if (st) lo = mid;
          else hi = mid;
        }
        p = hi;
      }
    }
    // Levels 1…p−1 as one frame at its deepest level; `leave` walks it up a level at a time.
    const n = p - 1;
    const big = BigInt(n);
    this.takeCopies(s, t, n);
    this.enter(s, j, f.sumSaving[d]! + big * t.saving, f.forfeit[d]! + big * t.forfeit, f.units[d]! + n * t.units);
    const e = f.depth - 1;
    f.state[e] = FRAME_LOOP;
    f.next[e] = j + 1;
    f.chain[e] = CHAIN_FRESH;
    f.level[e] = n;
  }

  /**
   * Chain level d is about to try the kinds after the chain's kind j (its deeper levels are done):
   * leaves at once the most levels lo…d, all with the same still to do, that no completion can
   * make win. Level lo's entry check, made again against the best plan the deeper levels found,
   * covers all of them: what is left of each is an extension of lo by kinds ≥ j (docs/solver.md
   * 11). So does a check of lo's counts with the deepest level's gain and only the kinds after
   * j: every bound grows with the units left and the applications still allowed. Neither check
   * is monotone in lo, but any lo either cuts is exact, so a bisection keeping "lo cut" on one
   * side finds a long run. Returns true when levels were left.
   */
  private skipChainLevels(s: DfsState, d: number): boolean {
    const f = s.frames;
    const chainLevels = f.level[d]!;
    const t = s.types[f.start[d]!]!;
    // The top n levels, on the counts of the shallowest of them (n − 1 copies fewer).
    const cut = (n: number): boolean | null => {
      if (this.tick()) return null;
      const fewer = BigInt(n - 1);
      const loSaving = f.sumSaving[d]! - fewer * t.saving;
      const loForfeit = f.forfeit[d]! - fewer * t.forfeit;
      const loUnits = f.units[d]! - (n - 1) * t.units;
      const apps = s.apps - (n - 1);
      this.shiftRem(s, t, n - 1);
      let out = this.prunedAt(s, gainWithin(s, loSaving, loForfeit), f.start[d]!, loUnits, apps, loSaving);
      if (!out) {
        out = this.prunedAt(s, gainWithin(s, f.sumSaving[d]!, loForfeit), f.start[d]! + 1, loUnits, apps, loSaving);
      }
      this.shiftRem(s, t, 1 - n);
      return out;
    };
    // Level d alone, then every level, then bisection between them.
    const one = cut(1);
    if (one !== true) return false;
    let good = 1;
    let bad = chainLevels + 1;
    if (chainLevels > 1) {
      const all = cut(chainLevels);
      if (all === null) return false;
      if (all) good = chainLevels;
      else bad = chainLevels;
    }
    while (bad - good > 1) {
      const mid = good + Math.floor((bad - good) / 2);
      const c = cut(mid);
      if (c === null) return false;
      if (c) good = mid;
      else bad = mid;
    }
    this.leave(s, good);
    return true;
  }

  /** Gives back `times` copies of kind t's units to s.rem (takes them when negative). */
  private shiftRem(s: DfsState, t: AppType, times: number): void {
    if (times === 0) return;
    for (let g = 0; g < t.counts.length; g++) s.rem[g] = s.rem[g]! + times * t.counts[g]!;
  }

  /** Adds n copies of kind t to the multiset: their units leave s.rem. */
  private takeCopies(s: DfsState, t: AppType, n: number): void {
    this.shiftRem(s, t, -n);
    pushRun(s.chosen, s.times, t, n);
    s.apps += n;
  }

  /** Takes kind j on top of frame d: its units, and the frame of the multiset with it. */
  private pushKind(s: DfsState, d: number, j: number): void {
    const f = s.frames;
    const t = s.types[j]!;
    this.takeCopies(s, t, 1);
    this.enter(s, j, f.sumSaving[d]! + t.saving, f.forfeit[d]! + t.forfeit, f.units[d]! + t.units);
  }

  /** Pushes the frame of the current multiset (s.chosen) with next kind index `start`. */
  private enter(s: DfsState, start: number, sumSaving: bigint, forfeit: bigint, units: number): void {
    const f = s.frames;
    const d = f.depth++;
    f.start[d] = start;
    f.next[d] = start;
    f.sumSaving[d] = sumSaving;
    f.forfeit[d] = forfeit;
    f.units[d] = units;
    f.state[d] = FRAME_ENTER;
    f.chain[d] = CHAIN_NONE;
    f.level[d] = 1;
  }

  /**
   * Leaves the top `levels` levels: a frame holds one copy of the kind that opened it, a chain
   * frame `level` copies, walked up one level at a time (each level, once on top, tries the kinds
   * after the chain's). The units of the copies left go back.
   */
  private leave(s: DfsState, levels = 1): void {
    const f = s.frames;
    const d = f.depth - 1;
    if (d === 0) {
      f.depth = 0;
      return;
    }
    const t = s.types[f.start[d]!]!;
    this.shiftRem(s, t, levels);
    const last = s.chosen.length - 1;
    s.times[last] = s.times[last]! - levels;
    if (s.times[last] === 0) {
      s.chosen.pop();
      s.times.pop();
    }
    s.apps -= levels;
    const left = f.level[d]! - levels;
    if (left === 0) {
      f.depth--;
      return;
    }
    const big = BigInt(levels);
    f.level[d] = left;
    f.sumSaving[d] = f.sumSaving[d]! - big * t.saving;
    f.forfeit[d] = f.forfeit[d]! - big * t.forfeit;
    f.units[d] = f.units[d]! - levels * t.units;
    f.next[d] = f.start[d]! + 1;
    f.state[d] = FRAME_LOOP;
    f.chain[d] = CHAIN_FRESH;
  }

  /** Gain of frame d: its savings within the budget, less forfeits. */
  private frameGain(s: DfsState, d: number): bigint {
    return gainWithin(s, s.frames.sumSaving[d]!, s.frames.forfeit[d]!);
  }

  /** True when no completion of frame d can beat the best candidate of this call. */
  private pruned(s: DfsState, d: number, apps = s.apps): boolean {
    const f = s.frames;
    return this.prunedAt(s, this.frameGain(s, d), f.start[d]!, f.units[d]!, apps, f.sumSaving[d]!);
  }

  /**
   * True when no multiset with `apps` applications, gaining at most `gain` (`sumSaving` in
   * savings) on `units` units with s.rem left, completed by kinds ≥ `start` and the later
   * promotions, can beat the best candidate. Every bound below grows with the units left and the
   * applications still allowed (docs/solver.md 11), so a chain of levels is judged at once by its
   * largest gain and its shallowest level's counts.
   */
  private prunedAt(s: DfsState, gain: bigint, start: number, units: number, apps: number, sumSaving: bigint): boolean {
    if (s.best === null && s.need <= 0n) return false;
    // Kinds are sorted by gain, so further applications gain at most the kind at `start`.
    const cap = start < s.types.length ? s.types[start]!.saving - s.types[start]!.forfeit : 0n;
    // The cut only gets likelier as the bound falls, so the bounds are tried cheapest first and a
    // dearer one (restBound, the promotion's alone problem re-solved) only when the node still
    // stands: the decision is the one the smallest of them all gives.
    let ub = gain + this.bound(s.k, s.rem);
    let ext = -1n;
    let lagBase = 0n;
    if (s.sufRed !== null) {
      // Further applications of k add at most ẑ_k (lagBound) in reduced gain, and at most the
      // best reduced gain of a kind ≥ start per application left.
      const q = this.qual[s.k]!;
      let nq = 0;
      for (let i = 0; i < q.length; i++) nq += s.rem[q[i]!]!;
      let left = Math.floor(nq / this.shape[s.k]!.minQ);
      if (left > s.limit - apps) left = s.limit - apps;
      ext = BigInt(left) * s.sufRed[start]!;
      const z = this.lagPart[s.k]! - this.lagRestZ[s.k]!;
      if (ext > z) ext = z;
      // λ*·rem over k's own groups too: ext counts further applications of k in reduced gain.
      lagBase = gain + this.lagBound(s.k, s.rem) - z;
      if (lagBase + ext < ub) ub = lagBase + ext;
    }
    if (ub < s.need || (s.best !== null && ub < s.best.gain)) return true;
    // A dearer bound is only computed when it can lower ub: restBound ≥ 0, so the split bound is
    // at least gain + the flat bound of k's parts; the alone problem re-solved is ≥ 0, so it can neither cut nor
    // bring ub down to the best gain once lagBase alone reaches the need and exceeds that gain.
    const restFloor = gain + this.boundRest(s.k, s.rem);
    if (restFloor < ub) {
      const split = restFloor + this.restBound(s.k, s.rem, apps, sumSaving, cap);
      if (split < ub) ub = split;
    }
    if (!(ub < s.need || (s.best !== null && ub < s.best.gain))) {
      const joint = this.jointPlaces(s.k);
      if (joint !== null) {
        const alt = gain + (this.jointWalk(s.k, joint, s.rem, -1n, cap) as bigint);
        if (alt < ub) ub = alt;
      }
    }
    // On the units left, the promotion alone may gain less than on the full counts.
    if (ext > 0n && !(ub < s.need || (s.best !== null && ub < s.best.gain)) && !(lagBase >= s.need && (s.best === null || lagBase > s.best.gain))) {
      const zr = this.lagAloneOn(s.k, s.rem);
      if (zr >= 0n && zr < ext && lagBase + zr < ub) ub = lagBase + zr;
    }
    if (ub < s.need) return true;
    if (s.best === null) return false;
    if (ub < s.best.gain) return true;
    return ub === s.best.gain && this.fewestUnits(s, gain, units, cap) >= s.best.units;
  }

  /** Post-order step of frame d (its top level): the multiset s.chosen completed by the best plan of each of k's parts. */
  private complete(s: DfsState, d: number): void {
    const gain = this.frameGain(s, d);
    const units = s.frames.units[d]!;
    let later = this.boundRest(s.k, s.rem);
    if (this.lagOn) {
      const lag = this.lagRest(s.k, s.rem);
      if (lag < later) later = lag;
    }
    if (gain + later < s.need) return;
    if (s.best !== null && cannotBeat(gain + later, units, s.best)) return;
    const next = obligationsAfter(s.oblig, s.cheapestBenefit, s.rewardCount, s.chosen, this.ben[s.k]!, this.groupPrice, s.rem, this.restMark[s.k]!);
    if (next === null) return;
    // A completion matters only if it reaches the best candidate so far (ties kept: the cut below
    // a need is strict), so the rest of the plan needs at least that much less this multiset's gain.
    const target = s.best !== null && s.best.gain > s.need ? s.best.gain : s.need;
    const parts = this.parts[s.k]!;
    this.depth++;
    const sub = parts.length === 1 ? this.solve(parts[0]!, s.rem, next, target - gain) : this.solveRest(s.k, s.rem, next, target - gain);
    this.depth--;
    if (sub === null) return;
    // A cut-off sub-plan is still feasible: it stays a candidate.
    const cand: Plan = { gain: gain + sub.gain, units: units + sub.units, apps: s.chosen.slice(), times: s.times.slice(), appUnits: units, next: sub };
    if (s.best === null || comparePlan(cand, s.best) < 0) s.best = cand;
  }

  /**
   * Fewest units any completion of this node needs to reach the best gain: the missing gain
   * comes from applications of k (≤ cap each, ≥ their minimum units each) or from units of later
   * promotions (≤ their unit bound each), so it takes at least missing ÷ best rate units, and at
   * least as many as the largest unit bounds (`fewestByShares`) and, for cheapest-N parts, the
   * rewarded places (`jointWalk`) need.
   */
  private fewestUnits(s: DfsState, gain: bigint, units: number, cap: bigint): number {
    const missing = s.best!.gain - gain;
    if (missing <= 0n) return units;
    const row = this.ubUnit[s.k + 1]!;
    const rest = this.restGroups[s.k]!;
    let later = 0n;
    for (let i = 0; i < rest.length; i++) {
      const g = rest[i]!;
      if (s.rem[g]! > 0 && row[g]! > later) later = row[g]!;
    }
    const sh = this.shape[s.k]!;
    const p = this.input.promotions[this.promos[s.k]!]!;
    const extra = p.target === 'cheapestBenefit' || p.target === 'allBenefit' ? 1 : 0;
    // k's best gain per unit, num / den: an application gains ≤ cap and uses ≥ minQ (+1) units.
    // With set amounts only, a tier-t application gains ≤ min(cap, X_t) on N_t (+1) units: the best
    // of those ratios is tighter (cap with the smallest tier's units took "5 for $10 off" at
    // $10 per 3 units when a 3-unit tier exists), and many-way ties are then told apart by units.
    let num = cap;
    let den = BigInt(sh.minQ + extra);
    if (!sh.range && sh.setCap >= 0n) {
      num = 0n;
      den = 1n;
      for (let t = 0; t < p.tiers.length; t++) {
        const tier = p.tiers[t]!;
        if (tier.threshold.kind === 'spendsAtLeast') continue;
        const x = (tier.reward as { readonly amount: bigint }).amount;
        const v = x < cap ? x : cap;
        const n = BigInt(tier.threshold.quantity + extra);
        if (v * den > num * n) {
          num = v;
          den = n;
        }
      }
    }
    // Best gain per unit: max(later, num / den), compared without division.
    let need: bigint;
    if (later * den >= num) need = later > 0n ? (missing + later - 1n) / later : 0n;
    else need = (missing * den + num - 1n) / num;
    let most = Number(need);
    const byShares = this.fewestByShares(s.k, s.rem, missing);
    if (byShares > most) most = byShares;
    const joint = this.jointPlaces(s.k);
    if (joint !== null) {
      const byPlaces = this.jointWalk(s.k, joint, s.rem, missing, cap) as number;
      if (byPlaces > most) most = byPlaces;
    }
    return units + most;
  }
}

/**
 * A part, or the rest after a promotion, that makes no application: one node with no rest (a
 * plan's walkers read a missing rest as no application), whatever the part's depth.
 */
const NOTHING: Plan = { gain: 0n, units: 0, apps: [], times: [], appUnits: 0, next: null };

/** Savings `sum` within the promotion's budget, less `forfeit`. */
function gainWithin(s: DfsState, sum: bigint, forfeit: bigint): bigint {
  return (s.budget !== undefined && sum > s.budget ? s.budget : sum) - forfeit;
}

/** The first / last place (`setRank`) among the groups a kind takes units from. */
function firstRank(t: AppType, rank: readonly number[]): number {
  let r = rank.length;
  for (let g = 0; g < t.counts.length; g++) if (t.counts[g] !== 0 && rank[g]! < r) r = rank[g]!;
  return r;
}
function lastRank(t: AppType, rank: readonly number[]): number {
  let r = -1;
  for (let g = 0; g < t.counts.length; g++) if (t.counts[g] !== 0 && rank[g]! > r) r = rank[g]!;
  return r;
}

interface DfsState {
  readonly k: number;
  /** Gain the plans of k's part must reach to matter (incumbent − what the rest of the plan gained). */
  need: bigint;
  readonly types: AppType[];
  readonly limit: number;
  readonly budget: bigint | undefined;
  best: Plan | null;
  /** The multiset so far as runs (kind `chosen[i]` taken `times[i]` times), `apps` in all. */
  readonly chosen: AppType[];
  readonly times: number[];
  apps: number;
  readonly rem: number[];
  /** Open obligations on entry to promotion k (benefit-rule.ts). */
  readonly oblig: number[];
  readonly cheapestBenefit: boolean;
  readonly rewardCount: number;
  readonly frames: Frames;
  /** With λ*: per kind index j, the largest reduced gain (gain − λ*·units) of kinds ≥ j, ≥ 0 (lagrange.ts). */
  readonly sufRed: bigint[] | null;
}

const FRAME_ENTER = 0;
const FRAME_LOOP = 1;

/** A frame outside a chain; a chain level still to try its later kinds; one that has. */
const CHAIN_NONE = 0;
const CHAIN_FRESH = 1;
const CHAIN_DONE = 2;

/**
 * Copies of one kind from which a frame's choice is walked as a chain (descendChain). Below it
 * the walk is the one-frame-per-application walk; tests lower it to check both give one plan.
 */
export const CHAIN_FROM = 8;
let chainFrom = CHAIN_FROM;

/** Sets the chain threshold (tests: 2 sends every repeatable choice through the chain walk). */
export function setChainFrom(n: number): void {
  chainFrom = n;
}

/**
 * The DFS's explicit stack: frame d is the multiset s.chosen[0, d) — its next kind index to try,
 * its sums, and where its walk stands (just entered, or trying extensions).
 */
interface Frames {
  depth: number;
  readonly start: number[];
  readonly next: number[];
  readonly sumSaving: bigint[];
  readonly forfeit: bigint[];
  readonly units: number[];
  readonly state: number[];
  /** CHAIN_NONE, CHAIN_FRESH or CHAIN_DONE (descendChain). */
  readonly chain: number[];
  /** A chain frame's level: 1 for the first copy of its kind above the frame that chose it. */
  readonly level: number[];
}

function newFrames(): Frames {
  return { depth: 0, start: [], next: [], sumSaving: [], forfeit: [], units: [], state: [], chain: [], level: [] };
}
