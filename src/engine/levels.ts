import type { ItemDealRule, Promotion } from '../domain/index.ts';
import { checkConditions, checkLimits } from './eligibility/index.ts';
import type { Failure, LimitsOk } from './eligibility/types.ts';
import { compileItemDeal } from './solver/compile.ts';
import { improveByNeighbourhoods } from './solver/neighbourhood.ts';
import type { RunInput, RunOutput, SolverPromotion, SolverRun } from './solver/types.ts';
import { rangesOfUnits, unitsOfRanges, unitsOfRuns } from './solver/runs.ts';
import { dispersionChoices, grantsSomething, recordGrant } from './apply.ts';
import { countCopies, perCopy } from './copies.ts';
import { budgetCuts, withBudgetNote } from './budget-cap.ts';
import { explainItemDealMiss } from './outcomes.ts';
import { limitGrant } from './compound.ts';
import { nonItemReward, touchesUnits, type NonItemRule } from './rewards/index.ts';
import { fail, type Draft, type RewardGrant, type RewardUnit } from './rewards/types.ts';
import { formatCount, formatMoney, LIMITS } from '../domain/index.ts';
import { thresholdMiss } from './qualification.ts';
import { forEachPiece, forEachRolePiece, lineOfUnit, netSubtotal, notApplied, sameState, type Candidate, type RoleLines, type Run, type UnitState } from './run.ts';
import { unionOf, type UnitRange } from './unit-ranges.ts';
import { draftSaving } from './rewards/split.ts';

/** The solver's limit for "unlimited" applications. */
const SOLVER_UNLIMITED = 2 ** 30;

export interface Gated {
  readonly c: Candidate;
  readonly limits: LimitsOk;
}

/**
 * Conditions, then the threshold, then limits and budgets, at the moment the promotion is
 * evaluated (its `netSubtotal`); the first that fails becomes the promotion's outcome (SPEC §7).
 * The threshold is only asked when a limit or budget fails: `limitReached` / `budgetExhausted`
 * then mean the basket qualifies and the limit stopped it, never that there was nothing to
 * discount. When the limits pass, the threshold is decided by the reward itself and its near miss.
 */
export function gate(run: Run, c: Candidate): Gated | undefined {
  const p = c.promotion;
  const cond = checkConditions(p, run.ctx, netSubtotal(run));
  if (!cond.ok) {
    run.outcomes.set(p.id, notApplied(p.id, cond));
    return undefined;
  }
  const limits = checkLimits(p, run.ctx);
  if (!limits.ok) {
    run.outcomes.set(p.id, notApplied(p.id, thresholdMiss(run, c) ?? limits));
    return undefined;
  }
  return { c, limits };
}

/**
 * A gated non-item rule's reward on `units`, within its limits. When it gives nothing, the
 * failure (or `noEligibleItems` with `nothingLeft`) becomes the promotion's outcome.
 * @example const grant = nonItemGrant(run, g, units, 'Nothing is left to discount on its eligible items.');
 */
export function nonItemGrant(run: Run, g: Gated, units: readonly RewardUnit[], nothingLeft: string): RewardGrant | undefined {
  const p: Promotion = g.c.promotion;
  const raw = nonItemReward(p.rule as NonItemRule, {
    promotion: p, ctx: run.ctx, units, shippingLeft: run.shippingLeft, netSubtotal: netSubtotal(run), maxApplications: g.limits.maxApplications,
  });
  if (!raw.ok) {
    run.outcomes.set(p.id, notApplied(p.id, raw));
    return undefined;
  }
  const grant = limitGrant(raw, g.limits);
  if (!grantsSomething(grant)) {
    run.outcomes.set(p.id, notApplied(p.id, fail('noEligibleItems', nothingLeft)));
    return undefined;
  }
  return withBudgetNote(grant, g.limits, run.ctx.currency);
}

/** Why a deal the best deal left out did not apply, when the caller asked for no explanations. */
const UNEXPLAINED_MISS = fail('lostBestDeal', 'The best deal of its priority level does not use it (not worked out further: this evaluation was run without explanations).');

/**
 * A candidate's qualifying and benefit lines, listed once per evaluation (`Run.roleUnits`): its
 * roles never change, and a level is solved again for each explanation.
 */
function roleLines(run: Run, c: Candidate): RoleLines {
  const known = run.roleUnits.get(c);
  if (known !== undefined) return known;
  const qualifying: number[] = [];
  const benefit: number[] = [];
  let units = 0;
  for (let l = 0; l < c.lineRoles.length; l++) {
    const role = c.lineRoles[l]!;
    if (role === null) continue;
    (role === 'qualifying' ? qualifying : benefit).push(l);
    units += run.lineStart[l + 1]! - run.lineStart[l]!;
  }
  const lists = { qualifying, benefit, units };
  run.roleUnits.set(c, lists);
  return lists;
}

/** A solver promotion for one candidate item deal, its lists as indices into the level's runs. */
function solverPromotion(run: Run, g: Gated, runsOfLine: readonly (number[] | undefined)[]): SolverPromotion {
  const p = g.c.promotion;
  const rule = p.rule as ItemDealRule;
  const lines = roleLines(run, g.c);
  const runsOf = (ls: readonly number[]): number[] => {
    const out: number[] = [];
    for (const l of ls) {
      const rs = runsOfLine[l];
      if (rs !== undefined) for (const r of rs) out.push(r);
    }
    return out;
  };
  return {
    ...compileItemDeal(rule, run.ctx.currency),
    id: p.id,
    priority: p.priority,
    qualifying: runsOf(lines.qualifying),
    benefit: runsOf(lines.benefit),
    maxApplications: Math.min(g.limits.maxApplications, SOLVER_UNLIMITED),
    ...(g.limits.budgetRemaining === undefined ? {} : { budget: g.limits.budgetRemaining }),
  };
}

/**
 * Units of one line a level's search may take, at the prices it sees them: global indices
 * [from, to). The solver gets each as one run.
 */
export interface LevelPiece {
  readonly from: number;
  readonly to: number;
  readonly line: number;
  readonly price: bigint;
  readonly customerPrice: bigint;
  readonly floor: bigint;
}

/**
 * What a search takes: its pieces, ascending, and how they are priced — at their line's prices
 * (`line`), at the regular price with no customer price (`regular`), or each at its own (`own`).
 */
export interface LevelUnits {
  readonly pieces: readonly LevelPiece[];
  readonly pricing: 'line' | 'regular' | 'own';
}

/** The units of `ranges` (each inside one line, ascending) at their line's prices, or regular ones. */
export function levelUnits(run: Run, ranges: readonly UnitRange[], pricing: 'line' | 'regular' = 'line'): LevelUnits {
  const pieces = ranges.map((r): LevelPiece => {
    const line = lineOfUnit(run, r.from);
    const u = run.lines[line]!;
    return { from: r.from, to: r.to, line, price: u.price, customerPrice: pricing === 'regular' ? u.price : u.customerPrice, floor: u.floor };
  });
  return { pieces, pricing };
}

/** Every unit of the order, line by line. */
export function allUnits(run: Run): readonly UnitRange[] {
  const out: UnitRange[] = [];
  for (let l = 0; l < run.lines.length; l++) if (run.lineStart[l + 1]! > run.lineStart[l]!) out.push({ from: run.lineStart[l]!, to: run.lineStart[l + 1]! });
  return out;
}

/**
 * The solver breaks its last ties on "earlier lines" (SPEC §5.4). Taken literally, which of two
 * equally priced units of different products a level consumes would follow basket order, and a
 * later level would then find different units left: the total would depend on line order, which
 * §5.4 promises it does not. So the solver sees each line's rank in a content order — product,
 * price, customer price, floor (of the line's first piece), then position — and "earlier line"
 * only decides between lines that really are the same. Line-priced ranks are kept per evaluation.
 */
function lineRanks(run: Run, units: LevelUnits): readonly number[] {
  const cached = units.pricing === 'own' ? undefined : run.lineRanks?.[units.pricing];
  if (cached !== undefined) return cached;
  const firstOf = new Map<number, LevelPiece>();
  if (units.pricing === 'own') {
    for (const p of units.pieces) if (!firstOf.has(p.line)) firstOf.set(p.line, p);
  } else {
    for (const p of levelUnits(run, allUnits(run), units.pricing).pieces) firstOf.set(p.line, p);
  }
  const cmp = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);
  const product = (l: number): string => run.lines[l]!.productId;
  const lines = [...firstOf.keys()].sort((a, b) => {
    const x = firstOf.get(a)!;
    const y = firstOf.get(b)!;
    return (product(a) < product(b) ? -1 : product(a) > product(b) ? 1 : 0)
      || cmp(x.price, y.price) || cmp(x.customerPrice, y.customerPrice) || cmp(x.floor, y.floor) || a - b;
  });
  const rank = new Array<number>(run.lines.length).fill(-1);
  lines.forEach((line, r) => { rank[line] = r; });
  if (units.pricing !== 'own') run.lineRanks = { ...run.lineRanks, [units.pricing]: rank };
  return rank;
}

/** A level's solver output with, per application, what its budget cut off (see budget-cap.ts). */
export interface Solved extends RunOutput {
  readonly budgetCut: readonly bigint[];
}

/**
 * Per line piece: whether no exclusive promotion has taken it yet, as ranges inside lines. Read
 * again only when the state has changed: 10,000 one-deal levels on a 100,000-unit line, most of
 * them applying nothing, spent 7.7 of their 13 s here when it was read per level.
 */
export function freeUnits(run: Run): readonly UnitRange[] {
  const known = run.freeAt;
  if (known !== undefined && known.version === run.state.version) return known.free;
  const out: UnitRange[] = [];
  run.state.pieces(0, run.state.size, (from, to, s) => {
    if (s.takenBy !== undefined) return;
    const last = out[out.length - 1];
    if (last !== undefined && last.to === from && lineOfUnit(run, from) === lineOfUnit(run, last.from)) out[out.length - 1] = { from: last.from, to };
    else out.push({ from, to });
  });
  run.freeAt = { version: run.state.version, free: out };
  return out;
}

/** The solver's input for `deals` on `units` (one run per piece, ascending). */
function runInput(run: Run, deals: readonly Gated[], units: LevelUnits, searchBudget: number): RunInput {
  const rank = lineRanks(run, units);
  const runsOfLine: (number[] | undefined)[] = new Array<number[] | undefined>(run.lines.length);
  const runs = units.pieces.map((p, r): SolverRun => {
    (runsOfLine[p.line] ??= []).push(r);
    return {
      line: rank[p.line]!, unit: p.from - run.lineStart[p.line]!, first: p.from, count: p.to - p.from,
      productId: run.lines[p.line]!.productId, price: p.price, customerPrice: p.customerPrice, floor: p.floor,
    };
  });
  return { runs, promotions: deals.map((g) => solverPromotion(run, g, runsOfLine)), policy: run.ctx.bundle.settings.rewardPolicy, searchBudget };
}

/**
 * Most units a cut-off level may hold for its plan to be improved by neighbourhoods: that search
 * takes units one by one, and on two equal deals over a 1,000,000-unit line its expansion and
 * copies took 2.5 of the evaluation's 4.4 s (measured 2026-12-04). Far above any basket.
 */
export const NEIGHBOURHOOD_UNITS = 50_000;

const unitsIn = (input: RunInput): number => {
  let n = 0;
  for (const r of input.runs) n += r.count;
  return n;
};

/** Runs the solver over `units` for the given item deals. */
export function solve(run: Run, deals: readonly Gated[], units: LevelUnits): Solved {
  const s = run.ctx.bundle.settings;
  // One pool for the whole evaluation: explanations re-solve per promotion, so a per-search
  // budget alone would let the number of promotions multiply the work.
  const input = runInput(run, deals, units, run.budget.allowance(s.searchBudget));
  let out = run.solveRuns(input);
  run.budget.spend(out.nodes);
  if (!out.optimal && unitsIn(input) <= NEIGHBOURHOOD_UNITS) {
    // A cut-off level's plan is improved by re-solving small neighbourhoods of it exactly
    // (docs/solver.md, Algorithm 10), with its own draw on the evaluation's pool. That search is
    // per unit: the runs are expanded for it, so a long line keeps the search's plan.
    const more = run.budget.allowance(s.searchBudget);
    const perUnit = unitsOfRuns({ ...input, searchBudget: more });
    const better = improveByNeighbourhoods(perUnit, unitsOfRanges(out, input.runs), run.solveLevel, () => !run.budget.spent);
    run.budget.spend(better.nodes - out.nodes);
    out = rangesOfUnits(better, input.runs);
  }
  return { ...out, budgetCut: budgetCuts(input, out) };
}

/** Each solved level's drafts per promotion, made once (a level asks for them several times). */
const draftCache = new WeakMap<Solved, Draft[][]>();

/**
 * The solver's applications of promotion `k` as reward drafts (its unit lists as ranges). A
 * record counting copies stays one draft in the solver's layout (docs/solver.md 12): what leaves
 * the level goes through `bookedDrafts` or `perCopy` first.
 */
export function draftsOf(run: Run, out: Solved, k: number): Draft[] {
  let all = draftCache.get(out);
  if (all === undefined) {
    all = [];
    out.applications.forEach((a, j) => {
      (all![a.promotion] ??= []).push({
        tier: a.tier, used: a.used, rewarded: a.rewarded, savings: a.savings, clipped: a.clipped,
        ...((a.copies ?? 1) > 1 ? { copies: a.copies } : {}),
        ...(out.budgetCut[j]! > 0n ? { budgetCapped: out.budgetCut[j]! } : {}),
      });
    });
    draftCache.set(out, all);
  }
  return all[k] ?? [];
}

/** Whether p's dispersion is decided application by application: a script, asked through a caller's own hook. */
const perApplication = (run: Run, p: Promotion): boolean => p.dispersion?.scriptId !== undefined && !run.dispersionPerPromotion;

/**
 * An item deal's drafts as they are booked: its identical applications counted (`copies.ts`) on
 * alike units, unless a caller's dispersion hook decides per application (one record per application).
 * An as-computed booking puts each copy's savings on its own units; any other fixed dispersion
 * books copy by copy, place by place (dispersion.ts `bookCopies`), so the copies book as one.
 */
export function bookedDrafts(run: Run, p: Promotion, drafts: Draft[]): Draft[] {
  const lineOf = (i: number): number => lineOfUnit(run, i);
  if (perApplication(run, p)) return perCopy(drafts, lineOf);
  let copies = 0;
  for (const d of drafts) copies += d.copies ?? 1;
  if (copies < 2) return drafts;
  const alike = (units: readonly UnitRange[]): boolean => {
    let one = true;
    let first: UnitState | undefined;
    for (const r of units) run.state.pieces(r.from, r.to, (_a, _b, s) => {
      if (first === undefined) first = s;
      else if (!sameState(first, s)) one = false;
    });
    return one;
  };
  return countCopies(drafts, lineOf, alike);
}

const byId = (a: Candidate, b: Candidate): number => (a.promotion.id < b.promotion.id ? -1 : a.promotion.id > b.promotion.id ? 1 : 0);

/**
 * Item deals left out of their search: each gets `why` as its outcome, the result is not proven
 * optimal, and its bound grows by what they could add at most: each of their free units' price
 * less its floor (no saving on a unit is larger).
 */
export function leaveOut(run: Run, deals: readonly Gated[], free: readonly UnitRange[], why: Failure): void {
  // A line's room counts once per evaluation, however many deals are left out around it; its
  // units taken before this level stay taken at every later one, so they add nothing, ever.
  const left = (run.leftOut ??= { counted: new Array<boolean>(run.lines.length).fill(false), n: 0 });
  let freeOf: number[] | undefined;
  for (const g of deals) {
    run.outcomes.set(g.c.promotion.id, notApplied(g.c.promotion.id, why));
    if (left.n === run.lines.length) continue;
    const lines = roleLines(run, g.c);
    for (const list of [lines.qualifying, lines.benefit]) {
      for (const l of list) {
        if (left.counted[l] === true) continue;
        left.counted[l] = true;
        left.n++;
        if (freeOf === undefined) {
          freeOf = new Array<number>(run.lines.length).fill(0);
          for (const r of free) freeOf[lineOfUnit(run, r.from)]! += r.to - r.from;
        }
        const u = run.lines[l]!;
        if (u.price > u.floor) run.boundGap += (u.price - u.floor) * BigInt(freeOf[l]!);
      }
    }
  }
  run.optimal = false;
}

/**
 * Once the evaluation's time is gone no search starts (each costs its set-up over every unit even
 * with no nodes: 10,000 compound deals on 5,000 units took 29 s): the level's item deals are
 * `timeRanOut`. docs/engine.md, "Budget".
 */
export function timeRanOut(run: Run): Failure {
  return fail('timeRanOut', `Not evaluated: the evaluation's ${formatCount(run.budget.millis)} ms ran out before it was searched.`);
}

/**
 * The level's item deals one search takes: in rank order (one level, so id order) while their
 * promotion–unit pairs (qualifying plus benefit units listed) stay within `LIMITS.levelPairs`.
 * Every pair costs the search's set-up work before any node is counted (its tables, sorts and
 * incumbent read them), so an overlap of 10,000 deals on 5,000 units took one search 33 s past any
 * budget. Deals past the limit are left out (`leaveOut`). docs/engine.md, "Limits".
 */
function withinOneSearch(run: Run, deals: readonly Gated[], available: readonly UnitRange[]): Gated[] {
  let pairs = 0;
  let cut = deals.length;
  for (let k = 0; k < deals.length && cut === deals.length; k++) {
    pairs += roleLines(run, deals[k]!.c).units;
    if (pairs > LIMITS.levelPairs) cut = k;
  }
  if (cut === deals.length) return deals.slice();
  leaveOut(run, deals.slice(cut), available, fail('lostBestDeal',
    `Not searched: its priority level lists more than ${formatCount(LIMITS.levelPairs)} promotion–unit pairs, the most one search takes, and the deals before it in id order use them up.`));
  return deals.slice(0, cut);
}

/**
 * SPEC §5 steps 1–4: exclusive promotions level by level (priority ascending). Inside a level the
 * solver picks the best deal among its item deals on the units no earlier level used; then the
 * level's exclusive non-item rules run in id order on the units still free (docs/engine.md).
 * A promotion whose dispersion script fails is dropped and the level solved again without it.
 */
export function runExclusiveLevels(run: Run, candidates: readonly Candidate[]): void {
  // Levels grouped once: a filter per priority made 10,000 one-deal levels 10⁸ steps.
  const byPriority = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = byPriority.get(c.promotion.priority);
    if (list === undefined) byPriority.set(c.promotion.priority, [c]);
    else list.push(c);
  }
  const priorities = [...byPriority.keys()].sort((a, b) => a - b);
  for (const priority of priorities) {
    const level = byPriority.get(priority)!.sort(byId);
    const available = freeUnits(run);
    const gated = level.map((c) => gate(run, c)).filter((g): g is Gated => g !== undefined);
    let deals = gated.filter((g) => g.c.promotion.rule.kind === 'itemDeal');
    if (deals.length > 0 && run.budget.spentTime) {
      leaveOut(run, deals, available, timeRanOut(run));
      deals = [];
    }
    deals = withinOneSearch(run, deals, available);
    let out = deals.length === 0 ? undefined : solve(run, deals, levelUnits(run, available));
    while (out !== undefined) {
      const failing = deals.findIndex((g, k) => {
        const drafts = draftsOf(run, out!, k);
        if (drafts.length === 0) return false;
        // A caller's script hook answers per application; otherwise every draft gets the same choice.
        const choices = dispersionChoices(run, g.c.promotion, perApplication(run, g.c.promotion) ? perCopy(drafts, (i) => lineOfUnit(run, i)) : drafts);
        if (choices.ok) return false;
        run.outcomes.set(g.c.promotion.id, notApplied(g.c.promotion.id, choices));
        return true;
      });
      if (failing < 0) break;
      deals = deals.filter((_, k) => k !== failing);
      out = deals.length === 0 ? undefined : solve(run, deals, levelUnits(run, available));
    }
    if (out !== undefined) {
      const solved = out;
      run.optimal &&= solved.optimal;
      if (!solved.optimal && solved.bound !== undefined && solved.bound > solved.total) run.boundGap += solved.bound - solved.total;
      deals.forEach((g, k) => {
        const drafts = bookedDrafts(run, g.c.promotion, draftsOf(run, solved, k));
        if (drafts.length > 0) recordGrant(run, g.c.promotion, withBudgetNote({ ok: true, applications: drafts }, g.limits, run.ctx.currency), true);
      });
      deals.forEach((g, k) => {
        if (draftsOf(run, solved, k).length === 0) run.outcomes.set(g.c.promotion.id, run.explainMisses ? explainItemDealMiss(run, g, available) : notApplied(g.c.promotion.id, UNEXPLAINED_MISS));
      });
    }
    for (const g of gated.filter((x) => x.c.promotion.rule.kind !== 'itemDeal')) exclusiveNonItem(run, g);
  }
}

/**
 * An exclusive non-item rule: computed on the regular price of the units still free (exclusive
 * rewards use the regular price, SPEC §5.5), it takes those units only when its saving beats the
 * customer-price saving they would lose (SPEC §5.3).
 */
function exclusiveNonItem(run: Run, g: Gated): void {
  const p: Promotion = g.c.promotion;
  const units: RewardUnit[] = [];
  forEachRolePiece(run, g.c, (role, u, s) => {
    if (s.takenBy !== undefined) return;
    const room = u.price - u.floor;
    units.push({ unit: u, base: u.price, room: room > 0n ? room : 0n, role });
  });
  const grant = nonItemGrant(run, g, units, 'Nothing is left to discount on its eligible items.');
  if (grant === undefined) return;
  if (touchesUnits(p.rule)) {
    const used = unionOf(grant.applications.flatMap((d) => d.used), (a, b) => lineOfUnit(run, a) === lineOfUnit(run, b));
    let lost = 0n;
    for (const r of used) forEachPiece(run, r.from, r.to, (u) => { lost += (u.price - u.customerPrice) * BigInt(u.count); });
    const gain = grant.applications.reduce((a, d) => a + draftSaving(d), 0n);
    if (lost > 0n && gain <= lost) {
      const c = run.ctx.currency;
      run.outcomes.set(p.id, notApplied(p.id, fail('worseThanCustomerPrice',
        `It would save ${formatMoney(gain, c)}, no more than the ${formatMoney(lost, c)} customer prices already save on its items.`,
        { observed: formatMoney(gain, c) })));
      return;
    }
  }
  recordGrant(run, p, grant, true);
}
