/**
 * Independent brute-force best deal for tiny levels (≤ 10 units): enumerates every family of
 * disjoint applications per promotion over bitmasks. Written from SPEC §4.1/§5 and docs/solver.md,
 * sharing only money helpers (R1/R2) with the engine, so the solver's grouping, pruning and memo
 * are checked against plain enumeration.
 */
import { percentOfPrice, splitProportional } from '../../../src/domain/money.ts';
import type { SolveInput, SolverPromotion, SolverUnit } from '../../../src/engine/solver/types.ts';

const byCheapness = (us: readonly SolverUnit[]) => (a: number, b: number): number => {
  const x = us[a]!;
  const y = us[b]!;
  if (x.price !== y.price) return x.price < y.price ? -1 : 1;
  if (x.floor !== y.floor) return x.floor < y.floor ? -1 : 1;
  if (x.customerPrice !== y.customerPrice) return x.customerPrice < y.customerPrice ? -1 : 1;
  if (x.productId !== y.productId) return x.productId < y.productId ? -1 : 1;
  return x.line - y.line || x.unit - y.unit;
};

const bits = (mask: number): number[] => {
  const out: number[] = [];
  for (let i = 0; mask >> i; i++) if ((mask >> i) & 1) out.push(i);
  return out;
};

function rangeMode(p: SolverPromotion): boolean {
  if (p.tiers.some((t) => t.threshold.kind !== 'buys')) return true;
  return (p.target === 'allQualifying' || p.target === 'allBenefit') && p.tiers.every((t) => t.reward.kind === 'percent');
}

/** The documented range tier: highest threshold reached; across kinds the later tier. */
function reachedTier(p: SolverPromotion, count: number, value: bigint): number {
  let best = -1;
  p.tiers.forEach((t, i) => {
    const th = t.threshold;
    if (th.kind === 'spendsAtLeast' ? value < th.amount : count < th.quantity) return;
    const b = best < 0 ? undefined : p.tiers[best]!.threshold;
    if (b === undefined) best = i;
    else if (b.kind === 'spendsAtLeast' && th.kind === 'spendsAtLeast') { if (th.amount >= b.amount) best = i; }
    else if (b.kind !== 'spendsAtLeast' && th.kind !== 'spendsAtLeast') { if (th.quantity >= b.quantity) best = i; }
    else best = i;
  });
  return best;
}

/** Saving of one application (before the promotion budget). */
function appSaving(us: readonly SolverUnit[], p: SolverPromotion, tier: number, q: number[], b: number[]): bigint {
  const part = (p.target.endsWith('Qualifying') ? q : b).slice().sort(byCheapness(us));
  const rewarded = p.target.startsWith('cheapest') ? part.slice(0, p.rewardCount) : part;
  const r = p.tiers[tier]!.reward;
  let raw: bigint[];
  if (r.kind === 'percent') raw = rewarded.map((u) => percentOfPrice(us[u]!.price, r.bp));
  else if (r.kind === 'amountOff') raw = rewarded.map(() => r.amount);
  else if (r.kind === 'unitPrice') raw = rewarded.map((u) => (us[u]!.price > r.amount ? us[u]!.price - r.amount : 0n));
  else {
    const sum = rewarded.reduce((s, u) => s + us[u]!.price, 0n);
    const amount = r.kind === 'setAmountOff' ? r.amount : sum > r.amount ? sum - r.amount : 0n;
    raw = splitProportional(amount, rewarded.map((u) => ({ weight: us[u]!.price, line: us[u]!.line, unit: us[u]!.unit })));
  }
  let total = 0n;
  rewarded.forEach((u, i) => {
    const room = us[u]!.price > us[u]!.floor ? us[u]!.price - us[u]!.floor : 0n;
    total += raw[i]! < room ? raw[i]! : room;
  });
  return p.maxDiscount !== undefined && total > p.maxDiscount ? p.maxDiscount : total;
}

interface Option {
  readonly mask: number;
  readonly saving: bigint;
  readonly forfeit: bigint;
  /** Benefit units of the application and the dearest of them (regular price; -1 when none). */
  readonly benefit: number;
  readonly dearest: bigint;
}

/** Every valid application of promotion p inside `avail` (a bitmask of units). */
function options(input: SolveInput, p: SolverPromotion, avail: number): Option[] {
  const us = input.units;
  const qualMask = p.qualifying.reduce((m, u) => m | (1 << u), 0) & avail;
  const benMask = p.benefit.reduce((m, u) => m | (1 << u), 0) & avail;
  const universe = qualMask | benMask;
  const out: Option[] = [];
  for (let s = universe; s > 0; s = (s - 1) & universe) {
    const q = bits(s & qualMask);
    const b = bits(s & benMask);
    if (q.length === 0) continue;
    if (p.target.endsWith('Qualifying') && b.length > 0) continue;
    if (p.target.endsWith('Benefit') && b.length === 0) continue;
    if (p.target === 'cheapestBenefit' && b.length > p.rewardCount) continue;
    if (p.combination === 'same' && q.some((u) => us[u]!.productId !== us[q[0]!]!.productId)) continue;
    const forfeit = [...q, ...b].reduce((f, u) => f + us[u]!.price - us[u]!.customerPrice, 0n);
    const tiers: number[] = [];
    if (rangeMode(p)) {
      const t = reachedTier(p, q.length, q.reduce((v, u) => v + us[u]!.customerPrice, 0n));
      if (t >= 0) tiers.push(t);
    } else {
      p.tiers.forEach((t, i) => { if (t.threshold.kind === 'buys' && t.threshold.quantity === q.length) tiers.push(i); });
    }
    // An application saving no more than the customer prices it displaces is never made (SPEC §5.3).
    for (const t of tiers) {
      const saving = appSaving(us, p, t, q, b);
      if (saving > forfeit) out.push({ mask: s, saving, forfeit, benefit: b.length, dearest: b.reduce((m, u) => (us[u]!.price > m ? us[u]!.price : m), -1n) });
    }
  }
  return out;
}

/** Maximal objective: Σ application savings + customer-price savings of available units not used. */
export function bruteForceBest(input: SolveInput): bigint {
  const us = input.units;
  let avail = 0;
  let base = 0n;
  us.forEach((u, i) => {
    if (input.available[i]) {
      avail |= 1 << i;
      base += u.price - u.customerPrice;
    }
  });
  const memo = new Map<string, bigint>();
  const NONE = -(1n << 200n);
  // `must`: units the rest of the plan has to use — the cheapestBenefit rule (SPEC §4.1): an
  // application rewards the cheapest benefit units no other application of the plan uses.
  const best = (k: number, mask: number, must: number): bigint => {
    if (k === input.promotions.length) return (must & mask) === 0 ? 0n : NONE;
    const key = `${k}:${mask}:${must & mask}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const p = input.promotions[k]!;
    const opts = options(input, p, mask);
    const limit = rangeMode(p) ? Math.min(1, p.maxApplications) : p.maxApplications;
    const benMask = p.benefit.reduce((m, u) => m | (1 << u), 0);
    let result = best(k + 1, mask, must);
    // Families of disjoint options, in increasing option index (each family once).
    const family = (from: number, left: number, n: number, saving: bigint, forfeit: bigint, dearest: bigint, short: boolean): void => {
      if (n > 0) {
        let owe = must;
        if (p.target === 'cheapestBenefit') {
          for (const u of bits(benMask & left)) if (short || us[u]!.price < dearest) owe |= 1 << u;
        }
        const rest = best(k + 1, left, owe);
        const capped = p.budget !== undefined && saving > p.budget ? p.budget : saving;
        const v = rest === NONE ? NONE : capped - forfeit + rest;
        if (v > result) result = v;
      }
      if (n === limit) return;
      for (let i = from; i < opts.length; i++) {
        const o = opts[i]!;
        if ((o.mask & left) === o.mask) family(i + 1, left & ~o.mask, n + 1, saving + o.saving, forfeit + o.forfeit, o.dearest > dearest ? o.dearest : dearest, short || o.benefit < p.rewardCount);
      }
    };
    family(0, mask, 0, 0n, 0n, -1n, false);
    memo.set(key, result);
    return result;
  };
  return base + best(0, avail, 0);
}
