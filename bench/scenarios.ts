/**
 * Benchmark inputs (deterministic from a seed): solver levels shaped like the baskets of
 * docs/benchmarks.md. Plain data built here, solved by both engines in run.ts.
 */
import { intBetween, makeRng as rng } from '../scripts/sample/rng.ts';
import type { CompiledItemDeal, CompiledReward, SolveInput, SolverPromotion, SolverUnit } from '../src/engine/solver/types.ts';
import type { BasketRequest, BundlePromotion } from '../src/wire/index.ts';

// The sample generator's seeded PRNG (mulberry32): one generator for every made-up input.
const int = intBetween;
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const pct = (bp: number): CompiledReward => ({ kind: 'percent', bp });

/** A mix of the campaign forms retailers run (SPEC §4.1). */
export function randomDeal(r: () => number): CompiledItemDeal {
  switch (int(r, 0, 5)) {
    case 0: // buy N, cheapest free
      return { combination: pick(r, ['any', 'same'] as const), target: 'cheapestQualifying', rewardCount: 1, tiers: [{ threshold: { kind: 'buys', quantity: int(r, 2, 3) }, reward: pct(10000) }] };
    case 1: // percent off everything, range tiers
      return { combination: 'any', target: 'allQualifying', rewardCount: 1, tiers: [{ threshold: { kind: 'buys', quantity: 1 }, reward: pct(pick(r, [500, 1000, 1500, 2000])) }] };
    case 2: // amount off per unit
      return { combination: 'any', target: 'cheapestQualifying', rewardCount: 1, tiers: [{ threshold: { kind: 'buys', quantity: 1 }, reward: { kind: 'amountOff', amount: BigInt(int(r, 20, 150)) } }] };
    case 3: // N for a fixed total
      return { combination: 'any', target: 'allQualifying', rewardCount: 1, tiers: [{ threshold: { kind: 'buys', quantity: int(r, 2, 4) }, reward: { kind: 'fixedTotal', amount: BigInt(int(r, 300, 1500)) } }] };
    case 4: // spend X get Y %
      return { combination: 'any', target: 'allQualifying', rewardCount: 1, tiers: [{ threshold: { kind: 'spendsAtLeast', amount: BigInt(int(r, 500, 3000)) }, reward: pct(pick(r, [1000, 1500])) }] };
    default: // money tiers, exact bundles
      return { combination: 'any', target: 'allQualifying', rewardCount: 1, tiers: [{ threshold: { kind: 'buys', quantity: 2 }, reward: { kind: 'setAmountOff', amount: 100n } }, { threshold: { kind: 'buys', quantity: 3 }, reward: { kind: 'setAmountOff', amount: 200n } }] };
  }
}

/** Lines of one product each; `quantity(r)` units per line. */
export function basketUnits(r: () => number, lines: number, quantity: () => number, products: (line: number) => string): SolverUnit[] {
  const units: SolverUnit[] = [];
  for (let l = 0; l < lines; l++) {
    const price = BigInt(int(r, 99, 2999));
    const q = quantity();
    const cp = r() < 0.1 ? price - BigInt(int(r, 1, 50)) : price;
    for (let u = 0; u < q; u++) units.push({ line: l, unit: u, productId: products(l), price, customerPrice: cp, floor: 0n });
  }
  return units;
}

function unitsOfProducts(units: readonly SolverUnit[], ids: ReadonlySet<string>): number[] {
  const out: number[] = [];
  units.forEach((u, i) => { if (ids.has(u.productId)) out.push(i); });
  return out;
}

// Built field by field, in one shape, as the evaluator's `solverPromotion` builds them from one
// compiled deal literal. Spreading the six literals of `randomDeal` gave six hidden classes, and
// the wire encoder's reads of them went megamorphic: 160 µs per level of 250 promotions on bench
// B, a cost no caller of the solver pays (docs/benchmarks.md).
const promotion = (id: string, priority: number, deal: CompiledItemDeal, qualifying: number[]): SolverPromotion => ({
  combination: deal.combination, target: deal.target, rewardCount: deal.rewardCount, tiers: deal.tiers,
  ...(deal.maxDiscount === undefined ? {} : { maxDiscount: deal.maxDiscount }),
  id, priority, qualifying, benefit: [], maxApplications: 2 ** 30,
});

/** A: 200 lines of 1–3 units, 500 candidate promotions of one level, each on 1–3 of the basket's products (tests use smaller sizes). */
export function scenarioA(seed: number, lines = 200, deals = 500): SolveInput {
  const r = rng(seed);
  const units = basketUnits(r, lines, () => int(r, 1, 3), (l) => `p${String(l).padStart(3, '0')}`);
  const promotions: SolverPromotion[] = [];
  for (let k = 0; k < deals; k++) {
    const ids = new Set<string>();
    for (let i = int(r, 1, 3); i > 0; i--) ids.add(`p${String(int(r, 0, lines - 1)).padStart(3, '0')}`);
    promotions.push(promotion(`A${k}`, 1, randomDeal(r), unitsOfProducts(units, ids)));
  }
  return { units, available: units.map(() => true), promotions, policy: 'bestDeal', searchBudget: 200_000 };
}

/**
 * B: 1,000 units in 200 lines, 5,000 promotions over 20 priority levels (250 each); each basket
 * product is in 5–20 promotions, the rest of the promotions touch products not in the basket.
 * Returns the levels' promotion lists; run.ts solves them in order, as the pipeline does.
 */
export function scenarioB(seed: number): { units: SolverUnit[]; levels: SolverPromotion[][] } {
  const r = rng(seed);
  const units = basketUnits(r, 200, () => 5, (l) => `b${l}`);
  const LEVELS = 20;
  const PER = 250;
  const members: string[][] = Array.from({ length: LEVELS * PER }, () => []);
  for (let l = 0; l < 200; l++) {
    for (let m = int(r, 5, 20); m > 0; m--) members[int(r, 0, LEVELS * PER - 1)]!.push(`b${l}`);
  }
  const levels: SolverPromotion[][] = [];
  for (let v = 0; v < LEVELS; v++) {
    const level: SolverPromotion[] = [];
    for (let k = 0; k < PER; k++) {
      const ids = new Set(members[v * PER + k]!);
      level.push(promotion(`B${v}-${k}`, v + 1, randomDeal(r), unitsOfProducts(units, ids)));
    }
    levels.push(level);
  }
  return { units, levels };
}

/** Share of a level's units qualifying in ≥ 2 of its promotions, among units in any. */
export function overlap(level: readonly SolverPromotion[], unitCount: number): number {
  const count = new Array<number>(unitCount).fill(0);
  for (const p of level) for (const u of p.qualifying) count[u]!++;
  const any = count.filter((c) => c > 0).length;
  return any === 0 ? 0 : count.filter((c) => c > 1).length / any;
}

/** C: 20 single-unit products; "6 for 20 %", a competing buy-one-get-one and simple discounts. */
export function scenarioC(seed: number): SolveInput {
  const r = rng(seed);
  const units = basketUnits(r, 20, () => 1, (l) => `c${l}`);
  const all = units.map((_, i) => i);
  const promotions: SolverPromotion[] = [
    promotion('six-for-20', 1, { combination: 'any', target: 'cheapestQualifying', rewardCount: 6, tiers: [{ threshold: { kind: 'buys', quantity: 6 }, reward: pct(2000) }] }, all),
    promotion('bogo', 1, { combination: 'any', target: 'cheapestQualifying', rewardCount: 1, tiers: [{ threshold: { kind: 'buys', quantity: 2 }, reward: pct(10000) }] }, all.filter(() => r() < 0.7)),
  ];
  for (let k = 0; k < 5; k++) {
    promotions.push(promotion(`simple${k}`, 1, { combination: 'any', target: 'cheapestQualifying', rewardCount: 1, tiers: [{ threshold: { kind: 'buys', quantity: 1 }, reward: pct(pick(r, [1000, 1500, 2500])) }] }, all.filter(() => r() < 0.2)));
  }
  return { units, available: units.map(() => true), promotions, policy: 'bestDeal', searchBudget: 200_000 };
}

/** D: a basket of 10–30 lines (1–3 units) against 20 promotions drawn from a fixed set of 60 deals. */
export function scenarioD(seed: number, deals: readonly CompiledItemDeal[]): SolveInput {
  const r = rng(seed);
  const lines = int(r, 10, 30);
  const units = basketUnits(r, lines, () => int(r, 1, 3), () => `d${int(r, 0, 39)}`);
  const promotions: SolverPromotion[] = [];
  for (let k = 0; k < 20; k++) {
    const ids = new Set([`d${int(r, 0, 39)}`, `d${int(r, 0, 39)}`]);
    promotions.push(promotion(`D${k}`, 1, deals[int(r, 0, deals.length - 1)]!, unitsOfProducts(units, ids)));
  }
  return { units, available: units.map(() => true), promotions, policy: 'bestDeal', searchBudget: 200_000 };
}

export function dealSet(seed: number, n: number): CompiledItemDeal[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => randomDeal(r));
}

/**
 * D as a bundle for the batch path: every (promotion id D0–D19, deal of `deals`) pair scenarioD
 * can draw is one bundle promotion (20 × 60 = 1,200, priority 1, 60 distinct deals), so a basket's
 * request names exactly the promotions of its SolveInput and both paths solve the same levels.
 * `request` maps a scenarioD input to its basket request (the deal found by its tiers array).
 */
export function dBundle(deals: readonly CompiledItemDeal[]): { promotions: BundlePromotion[]; request: (input: SolveInput) => BasketRequest } {
  const promotions: BundlePromotion[] = [];
  for (let k = 0; k < 20; k++) for (const d of deals) promotions.push({ ...d, id: `D${k}`, priority: 1 });
  const dealOf = new Map(deals.map((d, j) => [d.tiers, j]));
  const request = (input: SolveInput): BasketRequest => ({
    units: input.units,
    available: input.available,
    policy: input.policy,
    searchBudget: input.searchBudget,
    promotions: input.promotions.map((p) => ({
      ref: Number(p.id.slice(1)) * deals.length + dealOf.get(p.tiers)!,
      qualifying: p.qualifying, benefit: p.benefit, maxApplications: p.maxApplications,
      ...(p.budget === undefined ? {} : { budget: p.budget }),
    })),
  });
  return { promotions, request };
}
