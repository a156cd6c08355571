/**
 * An integer program of ONE exclusive priority level (SPEC §4.1, §5), written from the SPEC and
 * not from the solver, for an independent optimality oracle (tests) and the optimum in the bench.
 * `buildLevelMilp(input)` returns LP text whose maximum + `base` is the level's best objective:
 * Σ application savings (after budgets) + Σ over available units no application uses of
 * (price − customerPrice). `milp-solve.ts` runs it through HiGHS.
 *
 * ## Formulation (why it is exact)
 * Every unit is in at most one application (a capacity row per unit over its role binaries). Using a
 * unit costs its customer-price saving (`forfeit = price − customerPrice`) in the objective.
 * Each promotion's savings sum into `S_k` ≤ budget. Per promotion, one of three forms:
 *
 * - **Range mode** (a `buysAtLeast`/`spendsAtLeast` tier, or an `all*` target whose tiers are all
 *   percent): at most one application; binary `x_u` per qualifying unit in it. The tier is the
 *   documented fold over the reached tiers (highest threshold of one kind, the later tier across
 *   kinds). Which tiers are reached depends only on how many distinct quantity and amount
 *   thresholds the count Σx and the value Σ customerPrice·x pass, so one binary per such
 *   *pattern* (i quantity levels, j amount levels) fixes count and value between consecutive
 *   thresholds, and the tier is a constant of the pattern. Rewards per tier use v_t,u ≤ tier t
 *   active and Σ_t v_t,u ≤ unit rewarded: maximisation sets v to the product. `cheapestQualifying`
 *   rewards ≤ rc units of the set under the ordered rule of the slots below; `*Benefit` targets
 *   add rc benefit units (fewer only when none is left unused, below), or ≥ 1 for allBenefit.
 * - **Per-unit exact mode** (`buys N` only, every rewarded unit's saving on its own: percent,
 *   amountOff, unitPrice; no maxDiscount): per tier an integer count k_t of applications; the
 *   units' roles are binaries. Any choice of roles satisfying the counts is a plan of k_t sets:
 *   - all units rewarded (`allQualifying`, or `cheapestQualifying` with rewardCount ≥ N):
 *     Σx = N·k_t (per product for `combination: same`);
 *   - `cheapestQualifying` with rc < N: rewarded r_u and paying q_u, Σr = rc·k_t,
 *     Σq = (N − rc)·k_t. In each application the rc rewarded units are its cheapest. With units
 *     in cheapness order, that partition exists iff for every suffix T (the dearest units from
 *     some position on) (N − rc)·⌈|R∩T| / rc⌉ ≤ |P∩T|: necessary because an application with a
 *     rewarded unit in T has all its paying units above it, so in T; sufficient because grouping
 *     the rewarded units rc at a time from the dearest down gives nested demands, for which
 *     these suffix counts are exactly Hall's condition. ⌈·⌉ is an integer variable a_T.
 *   - `*Benefit`: Σx = N·k_t qualifying, and k_t ≤ Σb ≤ rc·k_t benefit units (`allBenefit`:
 *     ≥ k_t); each application then gets 1..rc of them, rc unless none is left unused (below).
 *   Sets of one unit (every tier `buys 1`) save a constant per unit whatever the reward, clipped
 *   and capped by maxDiscount. Money sets aggregate too where exact: `fixedTotal` on
 *   all-rewarded sets with no floor saves Σ prices − k·X (each set's Σ − X, never below 0 — a negative set only lowers the sum, so
 *   the optimum never keeps one; used only when no `cheapestBenefit` promotion could profit
 *   from a useless set taking a cheap benefit unit); `setAmountOff` when even the N cheapest
 *   units cost ≥ X saves k·X.
 * - **Slots** (every other exact-mode deal: `maxDiscount`, money sets that do not aggregate,
 *   cheapest-of-set money rewards): per tier J = min(limit, |Q| / N) application slots with a
 *   binary y, exactly N·y qualifying units, for `cheapestQualifying` rc < N the ordered rule
 *   "a rewarded unit has no paying unit of its set before it in cheapness order"; saving ≤
 *   the reward's linear form, ≤ maxDiscount; `fixedTotal` as max(0, Σ − X) with one binary.
 *   Slots are ordered (y_j ≥ y_{j+1}) to cut symmetry.
 *
 * **cheapestBenefit** (SPEC §4.1, re-read 2026-12-01): an application rewards the cheapest
 * AVAILABLE benefit units — the cheapest no other application of the plan uses. Over all of the
 * promotion's applications that is: no benefit unit of the promotion that the plan leaves unused
 * is cheaper (regular price, as the engine compares) than one it rewards. Row per benefit unit u
 * with m benefit units of a lower price: m·b_u ≤ Σ over those m units of their use. Each
 * application takes rc of them, fewer only when no benefit unit of the promotion is left unused
 * (binary F_k: every unit of B used; Σb ≥ rc·applications unless F_k), as the engine reads
 * "rewardCount benefit units per application" (docs/solver.md).
 *
 * Applications of any saving are plans (the SPEC names no minimum), so removing a useless one
 * never matters for the optimum except through that cheapestBenefit rule; hence the guard above.
 * Cheapness order: price, floor, customer price, product id, line, unit (as docs/solver.md).
 *
 * ## Modelled (what the random levels and the bench use)
 * Targets cheapestQualifying / cheapestBenefit / allQualifying / allBenefit; combination any and
 * same; thresholds buys / buysAtLeast / spendsAtLeast, 1–8 tiers; rewards percent (free = 10000
 * bp), amountOff, unitPrice, setAmountOff, fixedTotal; maxDiscount; maxApplications; budget;
 * customer prices; floors; unavailable units. NOT modelled (throws `MilpUnsupported`): a floor
 * above 0 on a unit a `setAmountOff`/`fixedTotal` reward could land on in a set of more than one
 * unit (R2 split then clipping per unit is not linear).
 */
import { percentOfPrice } from '../../src/domain/money.ts';
import type { CompiledReward, SolveInput, SolverPromotion, SolverUnit } from '../../src/engine/solver/types.ts';
import { add, addAll, exact, LpModel, terms, type Terms } from './milp-lp.ts';

export class MilpUnsupported extends Error {}

export interface LevelMilp {
  /** LP text to maximise. */
  readonly lp: string;
  /** Added to the LP's optimum: Σ over available units of (price − customerPrice). */
  readonly base: bigint;
  readonly size: { readonly variables: number; readonly rows: number };
  /** Per unit: the terms whose sum is 1 when an application uses it (empty when none can). */
  readonly unitUse: readonly Terms[];
}

/** Cheapness order (ascending): price, floor, customer price, product, line, unit. */
export const cheaper = (a: SolverUnit, b: SolverUnit): number => {
  if (a.price !== b.price) return a.price < b.price ? -1 : 1;
  if (a.floor !== b.floor) return a.floor < b.floor ? -1 : 1;
  if (a.customerPrice !== b.customerPrice) return a.customerPrice < b.customerPrice ? -1 : 1;
  if (a.productId !== b.productId) return a.productId < b.productId ? -1 : 1;
  return a.line - b.line || a.unit - b.unit;
};

export function isRangeMode(p: SolverPromotion): boolean {
  if (p.tiers.some((t) => t.threshold.kind !== 'buys')) return true;
  return p.target.startsWith('all') && p.tiers.every((t) => t.reward.kind === 'percent');
}

type PerUnitReward = Extract<CompiledReward, { kind: 'percent' | 'amountOff' | 'unitPrice' }>;
const isPerUnit = (r: CompiledReward): r is PerUnitReward => r.kind === 'percent' || r.kind === 'amountOff' || r.kind === 'unitPrice';

/** What one rewarded unit saves under a per-unit reward: R1 / amount / price − X, clipped at the floor. */
export function unitSaving(u: SolverUnit, r: CompiledReward): bigint {
  let raw: bigint;
  if (r.kind === 'percent') raw = percentOfPrice(u.price, r.bp);
  else if (r.kind === 'amountOff') raw = r.amount;
  else if (r.kind === 'unitPrice') raw = u.price > r.amount ? u.price - r.amount : 0n;
  else throw new Error(`unitSaving: ${r.kind} is not per unit`);
  const room = u.price > u.floor ? u.price - u.floor : 0n;
  return raw < room ? raw : room;
}

/** A set of one unit saves a constant: any reward on it, clipped at the floor, capped by maxDiscount. */
function singleUnitSaving(u: SolverUnit, r: CompiledReward, cap: bigint | undefined): bigint {
  const room = u.price > u.floor ? u.price - u.floor : 0n;
  let v: bigint;
  if (isPerUnit(r)) v = unitSaving(u, r);
  else if (r.kind === 'setAmountOff') v = r.amount < room ? r.amount : room;
  else {
    const raw = u.price > r.amount ? u.price - r.amount : 0n;
    v = raw < room ? raw : room;
  }
  return cap !== undefined && v > cap ? cap : v;
}

/** Per-promotion context: its units in cheapness order and where usage is recorded. */
interface Ctx {
  readonly m: LpModel;
  readonly units: readonly SolverUnit[];
  readonly use: Terms[];
  readonly k: number;
  readonly p: SolverPromotion;
  /** Available qualifying units in cheapness order. */
  readonly Q: readonly number[];
  /** Available benefit units in cheapness order (`*Benefit` targets only). */
  readonly B: readonly number[];
  /** Where the promotion's application savings go (Σ, then capped by the budget). */
  readonly savings: Terms;
  /** Per benefit unit: Σ of the variables rewarding it (for the cheapestBenefit rule). */
  readonly benefitUse: Map<number, Terms>;
  /**
   * cheapestBenefit: per application form, the benefit units it rewards (Σb) and its number of
   * applications, for "rewardCount of them unless none is left unused" (`fullRewardRows`).
   */
  readonly rewardCounts: { readonly sum: Terms; readonly apps: Terms; readonly most: number }[];
  readonly anyCheapestBenefit: boolean;
}

const benefitTarget = (p: SolverPromotion): boolean => p.target.endsWith('Benefit');

function uses(c: Ctx, u: number, v: string): void {
  add(c.use[u]!, v, 1);
}

function benefitUses(c: Ctx, u: number, v: string): void {
  uses(c, u, v);
  add(c.benefitUse.get(u) ?? c.benefitUse.set(u, new Map()).get(u)!, v, 1);
}

const products = (c: Ctx, us: readonly number[]): Map<string, number[]> => {
  const out = new Map<string, number[]>();
  for (const u of us) {
    const id = c.units[u]!.productId;
    out.set(id, [...(out.get(id) ?? []), u]);
  }
  return out;
};

function requireNoFloor(c: Ctx, us: readonly number[], r: CompiledReward): void {
  if (isPerUnit(r)) return;
  for (const u of us) {
    if (c.units[u]!.floor > 0n) {
      throw new MilpUnsupported(`promotion ${c.p.id}: ${r.kind} reward may land on unit ${u} with a floor (not linear)`);
    }
  }
}

// ---- range mode ---------------------------------------------------------------------------------

/** The documented tier of a range application given which tiers are reached (−1: none). */
function foldTier(p: SolverPromotion, reached: readonly boolean[]): number {
  let best = -1;
  p.tiers.forEach((t, i) => {
    if (!reached[i]) return;
    if (best < 0) { best = i; return; }
    const b = p.tiers[best]!.threshold;
    const th = t.threshold;
    if (b.kind === 'spendsAtLeast' && th.kind === 'spendsAtLeast') { if (th.amount >= b.amount) best = i; }
    else if (b.kind !== 'spendsAtLeast' && th.kind !== 'spendsAtLeast') { if (th.quantity >= b.quantity) best = i; }
    else best = i;
  });
  return best;
}

function rangePromotion(c: Ctx): void {
  const { m, p, k, Q, B, units } = c;
  const z = m.variable(`z${k}`, 'binary');
  const x = Q.map((u) => m.variable(`x${k}_${u}`, 'binary'));
  x.forEach((v, i) => { uses(c, Q[i]!, v); m.constrain(terms([v, 1], [z, -1]), '<=', 0); });
  if (p.combination === 'same') sameProduct(c, Q, x, z, `g${k}`);

  // Tier patterns.
  const qv = [...new Set(p.tiers.flatMap((t) => (t.threshold.kind === 'spendsAtLeast' ? [] : [t.threshold.quantity])))].sort((a, b) => a - b);
  const av = [...new Set(p.tiers.flatMap((t) => (t.threshold.kind === 'spendsAtLeast' ? [t.threshold.amount] : [])))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const count = terms(...x.map((v) => [v, 1] as const));
  const value = terms(...x.map((v, i) => [v, exact(units[Q[i]!]!.customerPrice)] as const));
  const bigQ = Q.length + 1;
  const bigV = Q.reduce((s, u) => s + exact(units[u]!.customerPrice), 0) + 1;
  const tierOn = new Map<number, Terms>();
  const patterns = terms([z, -1]);
  for (let i = 0; i <= qv.length; i++) {
    for (let j = 0; j <= av.length; j++) {
      const reached = p.tiers.map((t) => (t.threshold.kind === 'spendsAtLeast' ? j > 0 && t.threshold.amount <= av[j - 1]! : i > 0 && t.threshold.quantity <= qv[i - 1]!));
      const t = foldTier(p, reached);
      if (t < 0) continue;
      const w = m.variable(`w${k}_${i}_${j}`, 'binary');
      add(patterns, w, 1);
      add(tierOn.get(t) ?? tierOn.set(t, new Map()).get(t)!, w, 1);
      if (i > 0) m.constrain(addAll(terms([w, -qv[i - 1]!]), count), '>=', 0);
      if (i < qv.length) m.constrain(addAll(terms([w, bigQ]), count), '<=', qv[i]! - 1 + bigQ);
      if (j > 0) m.constrain(addAll(terms([w, -exact(av[j - 1]!)]), value), '>=', 0);
      if (j < av.length) m.constrain(addAll(terms([w, bigV]), value), '<=', exact(av[j]!) - 1 + bigV);
    }
  }
  m.constrain(patterns, '=', 0); // z = Σ patterns: an application reaches exactly one pattern

  // Rewarded units and their variables.
  let rewarded: readonly number[];
  let rv: readonly string[];
  if (benefitTarget(p)) {
    rewarded = B;
    rv = B.map((u) => m.variable(`b${k}_${u}`, 'binary'));
    rv.forEach((v, i) => { benefitUses(c, B[i]!, v); m.constrain(terms([v, 1], [z, -1]), '<=', 0); });
    const sum = terms(...rv.map((v) => [v, 1] as const));
    m.constrain(addAll(terms([z, -1]), sum), '>=', 0);
    if (p.target === 'cheapestBenefit') {
      m.constrain(addAll(terms([z, -p.rewardCount]), sum), '<=', 0);
      c.rewardCounts.push({ sum, apps: terms([z, 1]), most: 1 });
    }
  } else if (p.target === 'cheapestQualifying') {
    rewarded = Q;
    rv = Q.map((u) => m.variable(`r${k}_${u}`, 'binary'));
    m.constrain(addAll(terms([z, -p.rewardCount]), terms(...rv.map((v) => [v, 1] as const))), '<=', 0);
    cheapestOfSet(c, x, rv, Q.length);
  } else {
    rewarded = Q;
    rv = x;
  }
  const s = rewardByTier(c, rewarded, rv, tierOn, `s${k}`);
  if (p.maxDiscount !== undefined) m.constrain(s, '<=', exact(p.maxDiscount));
  addAll(c.savings, s);
}

/** One product per set: a product binary per set, units only of the chosen product. */
function sameProduct(c: Ctx, us: readonly number[], x: readonly string[], on: string, prefix: string): void {
  const groups = products(c, us);
  const pick = terms([on, -1]);
  let g = 0;
  for (const [, members] of groups) {
    const zg = c.m.variable(`${prefix}_${g++}`, 'binary');
    add(pick, zg, 1);
    for (const u of members) c.m.constrain(terms([x[us.indexOf(u)]!, 1], [zg, -1]), '<=', 0);
  }
  c.m.constrain(pick, '=', 0);
}

/**
 * Inside one set the rewarded units are its cheapest: a rewarded unit has no paying unit of the set
 * before it. `x`, `r` parallel to units in cheapness order.
 */
function cheapestOfSet(c: Ctx, x: readonly string[], r: readonly string[], big: number): void {
  const before: Terms = new Map();
  x.forEach((xv, i) => {
    c.m.constrain(terms([r[i]!, 1], [xv, -1]), '<=', 0);
    if (i > 0) c.m.constrain(addAll(terms([r[i]!, big]), before), '<=', big);
    add(before, xv, 1);
    add(before, r[i]!, -1);
  });
}

/** Σ over tiers of the saving of the tier when active (`tierOn`: Σ of binaries equal to 1 iff it is). */
function rewardByTier(c: Ctx, us: readonly number[], rv: readonly string[], tierOn: Map<number, Terms>, prefix: string): Terms {
  const { m, units, p } = c;
  const total: Terms = new Map();
  const single = tierOn.size === 1;
  // Σ over tiers of v ≤ rewarded: one tier is on, and this row is tighter than one per tier.
  const perUnit: Terms[] = rv.map((rvi) => terms([rvi, -1]));
  for (const [t, on] of tierOn) {
    const r = p.tiers[t]!.reward;
    requireNoFloor(c, us, r);
    const st = m.variable(`${prefix}_${t}`, 'continuous');
    add(total, st, 1);
    // v = rewarded ∧ tier on (a single possible tier is on whenever the application exists).
    const v = single ? rv : rv.map((rvi, i) => {
      const vi = m.variable(`${prefix}_${t}_${us[i]}`, 'continuous', { upper: 1 });
      add(perUnit[i]!, vi, 1);
      m.constrain(addAll(terms([vi, 1]), on, -1), '<=', 0);
      return vi;
    });
    if (isPerUnit(r)) {
      m.constrain(addAll(terms([st, 1]), terms(...v.map((vi, i) => [vi, -exact(unitSaving(units[us[i]!]!, r))] as const))), '<=', 0);
    } else if (r.kind === 'setAmountOff') {
      m.constrain(addAll(terms([st, 1]), on, -exact(r.amount)), '<=', 0);
      m.constrain(addAll(terms([st, 1]), terms(...v.map((vi, i) => [vi, -exact(units[us[i]!]!.price)] as const))), '<=', 0);
    } else {
      fixedTotalSaving(c, st, v.map((vi, i) => [vi, exact(units[us[i]!]!.price)] as const), on, exact(r.amount), `${prefix}_${t}_d`);
    }
  }
  if (!single) for (const row of perUnit) m.constrain(row, '<=', 0);
  return total;
}

/** st ≤ max(0, Σ price·v − X·on): one binary chooses which side binds. */
function fixedTotalSaving(c: Ctx, st: string, priced: readonly (readonly [string, number])[], on: Terms, amount: number, name: string): void {
  const d = c.m.variable(name, 'binary');
  const big = priced.reduce((s, [, pr]) => s + pr, 0) + amount + 1;
  const e = terms([st, 1], [d, big]);
  for (const [v, pr] of priced) add(e, v, -pr);
  addAll(e, on, amount);
  c.m.constrain(e, '<=', big);
  c.m.constrain(terms([st, 1], [d, -big]), '<=', 0);
  c.m.constrain(addAll(terms([d, 1]), on, -1), '<=', 0);
}

// ---- exact mode, aggregated ---------------------------------------------------------------------

/** Whether the exact-mode promotion can be written with counts instead of slots (see the header). */
function aggregates(c: Ctx): boolean {
  const { p, Q, units } = c;
  if (!benefitTarget(p) && p.tiers.every((t) => t.threshold.kind === 'buys' && t.threshold.quantity === 1)) return true;
  if (p.maxDiscount !== undefined) return false;
  return p.tiers.every((t) => {
    const n = t.threshold.kind === 'buys' ? t.threshold.quantity : 0;
    if (isPerUnit(t.reward)) return true;
    if (benefitTarget(p)) return false;
    if (p.target === 'cheapestQualifying' && p.rewardCount < n) return false;
    if (Q.some((u) => units[u]!.floor > 0n)) return false;
    if (t.reward.kind === 'fixedTotal') return !c.anyCheapestBenefit;
    // setAmountOff: every set saves exactly X when the N cheapest units already cost ≥ X.
    const cheapest = Q.slice(0, n).reduce((s, u) => s + units[u]!.price, 0n);
    return Q.length < n || cheapest >= t.reward.amount;
  });
}

function exactAggregated(c: Ctx): void {
  const { m, p, k, Q, B, units } = c;
  const apps = terms();
  p.tiers.forEach((tier, t) => {
    if (tier.threshold.kind !== 'buys') throw new Error('exact mode has buys tiers only');
    const n = tier.threshold.quantity;
    if (Q.length < n) return;
    const r = tier.reward;
    const groups = p.combination === 'same' ? [...products(c, Q).values()] : [Q];
    const kAll: string[] = [];
    groups.forEach((g, gi) => {
      if (g.length < n) return;
      const kt = m.variable(`k${k}_${t}_${gi}`, 'integer', { upper: Math.floor(g.length / n) });
      kAll.push(kt);
      add(apps, kt, 1);
      if (p.target === 'cheapestQualifying' && p.rewardCount < n) {
        cheapestOfSetsCounted(c, g, n, kt, r, `${k}_${t}_${gi}`);
        return;
      }
      const x = g.map((u) => m.variable(`x${k}_${t}_${u}`, 'binary'));
      x.forEach((v, i) => uses(c, g[i]!, v));
      m.constrain(addAll(terms([kt, -n]), terms(...x.map((v) => [v, 1] as const))), '=', 0);
      if (benefitTarget(p)) return;
      if (n === 1) x.forEach((v, i) => add(c.savings, v, exact(singleUnitSaving(units[g[i]!]!, r, p.maxDiscount))));
      else if (isPerUnit(r)) x.forEach((v, i) => add(c.savings, v, exact(unitSaving(units[g[i]!]!, r))));
      else if (r.kind === 'fixedTotal') {
        x.forEach((v, i) => add(c.savings, v, exact(units[g[i]!]!.price)));
        add(c.savings, kt, -exact(r.amount));
      } else add(c.savings, kt, exact(r.amount));
    });
    if (benefitTarget(p) && kAll.length > 0) {
      // k_t ≤ Σ b ≤ rc·k_t (allBenefit: no upper count beyond the units).
      const b = B.map((u) => m.variable(`b${k}_${t}_${u}`, 'binary'));
      b.forEach((v, i) => { benefitUses(c, B[i]!, v); add(c.savings, v, exact(unitSaving(units[B[i]!]!, r))); });
      const sum = terms(...b.map((v) => [v, 1] as const));
      const ks = terms(...kAll.map((v) => [v, 1] as const));
      m.constrain(addAll(new Map(sum), ks, -1), '>=', 0);
      m.constrain(addAll(new Map(sum), ks, -(p.target === 'cheapestBenefit' ? p.rewardCount : Math.max(1, B.length))), '<=', 0);
      if (p.target === 'cheapestBenefit') c.rewardCounts.push({ sum, apps: ks, most: Q.length });
    }
  });
  if (apps.size > 0 && p.maxApplications < 2 ** 30) m.constrain(apps, '<=', p.maxApplications);
}

/** `buys N`, the rc cheapest of each set rewarded (rc < N), counted with the suffix rows. */
function cheapestOfSetsCounted(c: Ctx, g: readonly number[], n: number, kt: string, r: CompiledReward, tag: string): void {
  const { m, p, units } = c;
  const rc = p.rewardCount;
  const rv = g.map((u) => m.variable(`r${tag}_${u}`, 'binary'));
  const qv = g.map((u) => m.variable(`q${tag}_${u}`, 'binary'));
  g.forEach((u, i) => { uses(c, u, rv[i]!); uses(c, u, qv[i]!); add(c.savings, rv[i]!, exact(unitSaving(units[u]!, r))); });
  m.constrain(addAll(terms([kt, -rc]), terms(...rv.map((v) => [v, 1] as const))), '=', 0);
  m.constrain(addAll(terms([kt, -(n - rc)]), terms(...qv.map((v) => [v, 1] as const))), '=', 0);
  // Suffixes from the dearest unit down: (N − rc)·⌈|R∩T|/rc⌉ ≤ |P∩T|.
  const rs: Terms = new Map();
  const ps: Terms = new Map();
  for (let i = g.length - 1; i >= 0; i--) {
    add(rs, rv[i]!, 1);
    add(ps, qv[i]!, 1);
    if (rc === 1) {
      m.constrain(addAll(addAll(new Map(), rs, n - 1), ps, -1), '<=', 0);
    } else {
      const a = m.variable(`a${tag}_${i}`, 'integer');
      m.constrain(addAll(terms([a, rc]), rs, -1), '>=', 0);
      m.constrain(addAll(terms([a, n - rc]), ps, -1), '<=', 0);
    }
  }
}

// ---- exact mode, slots --------------------------------------------------------------------------

function exactSlots(c: Ctx): void {
  const { m, p, k, Q, B } = c;
  const all = terms();
  p.tiers.forEach((tier, t) => {
    if (tier.threshold.kind !== 'buys') throw new Error('exact mode has buys tiers only');
    const n = tier.threshold.quantity;
    let slots = Math.min(p.maxApplications, Math.floor(Q.length / n));
    if (benefitTarget(p)) slots = Math.min(slots, B.length);
    let prev: string | undefined;
    for (let j = 0; j < slots; j++) {
      const tag = `${k}_${t}_${j}`;
      const y = m.variable(`y${tag}`, 'binary');
      add(all, y, 1);
      if (prev !== undefined) m.constrain(terms([y, 1], [prev, -1]), '<=', 0);
      prev = y;
      const x = Q.map((u) => m.variable(`xs${tag}_${u}`, 'binary'));
      x.forEach((v, i) => { uses(c, Q[i]!, v); m.constrain(terms([v, 1], [y, -1]), '<=', 0); });
      m.constrain(addAll(terms([y, -n]), terms(...x.map((v) => [v, 1] as const))), '=', 0);
      if (p.combination === 'same') sameProduct(c, Q, x, y, `gs${tag}`);
      let rewarded: readonly number[];
      let rv: readonly string[];
      if (benefitTarget(p)) {
        rewarded = B;
        rv = B.map((u) => m.variable(`bs${tag}_${u}`, 'binary'));
        rv.forEach((v, i) => { benefitUses(c, B[i]!, v); m.constrain(terms([v, 1], [y, -1]), '<=', 0); });
        const sum = terms(...rv.map((v) => [v, 1] as const));
        m.constrain(addAll(terms([y, -1]), sum), '>=', 0);
        if (p.target === 'cheapestBenefit') {
          m.constrain(addAll(terms([y, -p.rewardCount]), sum), '<=', 0);
          c.rewardCounts.push({ sum, apps: terms([y, 1]), most: 1 });
        }
      } else if (p.target === 'cheapestQualifying' && p.rewardCount < n) {
        rewarded = Q;
        rv = Q.map((u) => m.variable(`rs${tag}_${u}`, 'binary'));
        m.constrain(addAll(terms([y, -p.rewardCount]), terms(...rv.map((v) => [v, 1] as const))), '=', 0);
        cheapestOfSet(c, x, rv, n + 1);
      } else {
        rewarded = Q;
        rv = x;
      }
      const s = rewardByTier(c, rewarded, rv, new Map([[t, terms([y, 1])]]), `ss${tag}`);
      if (p.maxDiscount !== undefined) m.constrain(s, '<=', exact(p.maxDiscount));
      addAll(c.savings, s);
    }
  });
  if (all.size > 0 && p.maxApplications < 2 ** 30) m.constrain(all, '<=', p.maxApplications);
}

// ---- the level ----------------------------------------------------------------------------------

/**
 * The level's integer program. Throws `MilpUnsupported` for inputs outside the modelled subset.
 * `unitCost` (minor units per unit index, ≥ 0) is charged on top of each used unit's forfeit: a
 * Lagrangian price on the unit's capacity (bench/lagrange-dual.ts --blocks).
 */
export function buildLevelMilp(input: SolveInput, unitCost?: readonly number[]): LevelMilp {
  const { units, available, promotions } = input;
  const m = new LpModel();
  const use: Terms[] = units.map(() => new Map());
  const order = (us: readonly number[]): number[] => us.filter((u) => available[u]).sort((a, b) => cheaper(units[a]!, units[b]!));
  const anyCheapestBenefit = promotions.some((p) => p.target === 'cheapestBenefit');
  let base = 0n;
  units.forEach((u, i) => { if (available[i]) base += u.price - u.customerPrice; });
  // cheapestBenefit rows read every promotion's use of a unit: written once all are known.
  const benefitRules: { readonly k: number; readonly rc: number; readonly B: readonly number[]; readonly benefitUse: Map<number, Terms>; readonly rewardCounts: Ctx['rewardCounts'] }[] = [];

  promotions.forEach((p, k) => {
    const Q = order(p.qualifying);
    const B = benefitTarget(p) ? order(p.benefit) : [];
    if (Q.length === 0 || (benefitTarget(p) && B.length === 0) || p.maxApplications < 1) return;
    const c: Ctx = { m, units, use, k, p, Q, B, savings: new Map(), benefitUse: new Map(), rewardCounts: [], anyCheapestBenefit };
    if (isRangeMode(p)) rangePromotion(c);
    else if (aggregates(c)) exactAggregated(c);
    else exactSlots(c);
    if (c.savings.size === 0) return;
    if (p.budget === undefined) addAll(m.objective, c.savings);
    else {
      const sk = m.variable(`S${k}`, 'continuous', { upper: exact(p.budget) });
      m.constrain(addAll(terms([sk, 1]), c.savings, -1), '<=', 0);
      add(m.objective, sk, 1);
    }
    if (p.target === 'cheapestBenefit') benefitRules.push({ k, rc: p.rewardCount, B, benefitUse: c.benefitUse, rewardCounts: c.rewardCounts });
  });

  // Capacity and the customer-price saving each used unit gives up. Usage stays an expression
  // (no defined "in use" column): HiGHS 1.15's free-column substitution in presolve returned a
  // worse "Optimal" plan than the empty one on such a column (found by the brute-force cross-check).
  units.forEach((u, i) => {
    if (use[i]!.size === 0 || !available[i]) return;
    m.constrain(use[i]!, '<=', 1);
    addAll(m.objective, use[i]!, -exact(u.price - u.customerPrice) - (unitCost?.[i] ?? 0));
  });
  for (const { B, benefitUse } of benefitRules) for (const row of cheapestAvailableRows(B, benefitUse, use, units)) m.constrain(row, '<=', 0);
  for (const rule of benefitRules) fullRewardRows(m, rule, use);
  return { lp: m.size.variables > 0 ? m.toLp() : '', base, size: m.size, unitUse: use };
}

/**
 * cheapestBenefit rewards `rewardCount` benefit units per application, fewer only when no benefit
 * unit of the promotion is left unused (docs/solver.md, "An application"): a binary F_k may be 1
 * only when every unit of B is used, and each form's Σb ≥ rc·apps unless F_k (a customer keeping
 * a customer price on a second benefit unit does not make the first one's reward stand alone).
 */
function fullRewardRows(m: LpModel, rule: { readonly k: number; readonly rc: number; readonly B: readonly number[]; readonly rewardCounts: Ctx['rewardCounts'] }, use: readonly Terms[]): void {
  if (rule.rewardCounts.length === 0 || rule.rc <= 1) return;
  const full = m.variable(`F${rule.k}`, 'binary');
  const all = terms([full, -rule.B.length]);
  for (const u of rule.B) addAll(all, use[u]!, 1);
  m.constrain(all, '>=', 0);
  for (const { sum, apps, most } of rule.rewardCounts) {
    const row = addAll(new Map(sum), apps, -rule.rc);
    add(row, full, rule.rc * most);
    m.constrain(row, '>=', 0);
  }
}

/**
 * m·BU_u ≤ Σ_{the m cheaper benefit units} use_u': a rewarded benefit unit has no unused cheaper
 * one. Cheaper by regular price only, as the engine reads the rule (docs/solver.md: "among shirts
 * of one price the optimiser still chooses"); B is in cheapness order, so those are a prefix.
 */
function cheapestAvailableRows(B: readonly number[], benefitUse: Map<number, Terms>, use: readonly Terms[], units: readonly SolverUnit[]): Terms[] {
  const rows: Terms[] = [];
  B.forEach((u, pos) => {
    const bu = benefitUse.get(u);
    let m = 0;
    while (m < pos && units[B[m]!]!.price < units[u]!.price) m++;
    if (m === 0 || bu === undefined) return;
    const t = addAll(new Map(), bu, m);
    for (let i = 0; i < m; i++) addAll(t, use[B[i]!]!, -1);
    rows.push(t);
  });
  return rows;
}
