/**
 * Random MEDIUM levels for the MILP optimality oracle: up to 60 units on 1–20 lines (by default)
 * of 12 products, up to 40 overlapping promotions of every item-deal feature the MILP models
 * (milp-level.ts), in the campaign forms of `arbDeal`: all four targets, combination any/same,
 * buys / buysAtLeast / spendsAtLeast tiers, every reward kind, maxDiscount, maxApplications,
 * budgets, customer prices, floors, unavailable units. Floors sit only on products P8–P11, and money-set rewards (setAmountOff,
 * fixedTotal) only in promotions without those products — the one combination not modelled.
 */
import fc from 'fast-check';
import type { CompiledReward, CompiledThreshold, SolveInput, SolverPromotion, SolverUnit } from '../../src/engine/solver/types.ts';
import type { RewardTarget } from '../../src/domain/rule.ts';

const PRODUCTS = 12;
const FLOORED = 8; // products with index ≥ this have a floor price
const PRICES = [99n, 150n, 250n, 499n, 500n, 700n, 999n, 1000n, 1250n, 2999n];

/** A value one time in six, else undefined. */
const rarely = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });

const arbLine = fc.record({
  product: fc.nat(PRODUCTS - 1),
  price: fc.constantFrom(...PRICES),
  quantity: fc.integer({ min: 1, max: 4 }),
  customerCut: rarely(fc.constantFrom(1n, 40n, 90n)),
  floorShare: fc.constantFrom(30n, 60n, 90n),
});

const pct = (bp: number): CompiledReward => ({ kind: 'percent', bp });
const buys = (quantity: number): CompiledThreshold => ({ kind: 'buys', quantity });
const atLeast = (quantity: number): CompiledThreshold => ({ kind: 'buysAtLeast', quantity });
const spends = (amount: bigint): CompiledThreshold => ({ kind: 'spendsAtLeast', amount });

interface Deal {
  readonly target: RewardTarget;
  readonly rewardCount: number;
  readonly tiers: readonly { threshold: CompiledThreshold; reward: CompiledReward }[];
}

/**
 * The campaign forms retailers run (SPEC §4.1), each with random parameters: a mix of exact sets,
 * range tiers, per-unit deals, money sets and benefit deals. Exotic tier mixes (several threshold
 * kinds in one promotion) are left to the brute-force cross-check on tiny levels.
 */
const arbDeal: fc.Arbitrary<Deal> = fc.oneof(
  // buy N, the rc cheapest at a percent off (free = 100 %)
  fc.record({ n: fc.integer({ min: 2, max: 4 }), rc: fc.integer({ min: 1, max: 2 }), bp: fc.constantFrom(5000, 10000) })
    .map(({ n, rc, bp }) => ({ target: 'cheapestQualifying', rewardCount: Math.min(rc, n - 1), tiers: [{ threshold: buys(n), reward: pct(bp) }] })),
  // percent off all, range tiers (3/5/8 → 10/20/30 %)
  fc.record({ first: fc.integer({ min: 1, max: 3 }), tiers: fc.integer({ min: 1, max: 3 }), atLeastKind: fc.boolean() })
    .map(({ first, tiers, atLeastKind }) => ({ target: 'allQualifying', rewardCount: 1, tiers: Array.from({ length: tiers }, (_, i) => ({ threshold: (atLeastKind ? atLeast : buys)(first + 2 * i), reward: pct(1000 * (i + 1)) })) })),
  // amount off / unit price per unit
  fc.record({ amount: fc.constantFrom(50n, 200n, 600n), unit: fc.boolean() })
    .map(({ amount, unit }) => ({ target: 'cheapestQualifying', rewardCount: 1, tiers: [{ threshold: buys(1), reward: unit ? { kind: 'unitPrice' as const, amount: amount + 150n } : { kind: 'amountOff' as const, amount } }] })),
  // N for a fixed total
  fc.record({ n: fc.integer({ min: 2, max: 4 }), amount: fc.constantFrom(500n, 1500n, 3000n) })
    .map(({ n, amount }) => ({ target: 'allQualifying', rewardCount: 1, tiers: [{ threshold: buys(n), reward: { kind: 'fixedTotal' as const, amount } }] })),
  // spend X, get Y % (one or two tiers)
  fc.record({ amount: fc.constantFrom(500n, 1500n, 3000n), two: fc.boolean() })
    .map(({ amount, two }) => ({ target: 'allQualifying', rewardCount: 1, tiers: [{ threshold: spends(amount), reward: pct(1000) }, ...(two ? [{ threshold: spends(amount * 2n), reward: pct(2000) }] : [])] })),
  // money tiers, exact bundles (2 → X off, 3 → more off)
  fc.record({ x: fc.constantFrom(100n, 150n, 700n, 1500n) })
    .map(({ x }) => ({ target: 'allQualifying', rewardCount: 1, tiers: [{ threshold: buys(2), reward: { kind: 'setAmountOff' as const, amount: x } }, { threshold: buys(3), reward: { kind: 'setAmountOff' as const, amount: 2n * x } }] })),
  // buy N of these, get benefit units at a percent or amount off (exact or at least)
  fc.record({ n: fc.integer({ min: 1, max: 3 }), rc: fc.integer({ min: 1, max: 2 }), all: fc.boolean(), range: fc.boolean(), reward: fc.constantFrom(pct(5000), pct(10000), { kind: 'amountOff' as const, amount: 200n }) })
    .map(({ n, rc, all, range, reward }) => ({ target: all ? 'allBenefit' : 'cheapestBenefit', rewardCount: rc, tiers: [{ threshold: (range ? atLeast : buys)(n), reward }] })),
  // buy at least N, the rc cheapest at a percent off (one range application)
  fc.record({ n: fc.integer({ min: 2, max: 4 }), rc: fc.integer({ min: 1, max: 2 }) })
    .map(({ n, rc }) => ({ target: 'cheapestQualifying', rewardCount: rc, tiers: [{ threshold: atLeast(n), reward: pct(5000) }] })),
) as fc.Arbitrary<Deal>;

const arbPromotion = fc.record({
  products: fc.uniqueArray(fc.nat(PRODUCTS - 1), { minLength: 1, maxLength: 4 }),
  benefitProducts: fc.uniqueArray(fc.nat(PRODUCTS - 1), { minLength: 1, maxLength: 2 }),
  combination: fc.constantFrom('any' as const, 'any' as const, 'any' as const, 'same' as const),
  deal: arbDeal,
  maxDiscount: rarely(fc.constantFrom(300n, 1200n)),
  maxApplications: fc.constantFrom(1, 2, 3, 2 ** 30, 2 ** 30),
  budget: rarely(fc.constantFrom(500n, 2500n)),
});

const capCheap = (tiers: Deal['tiers']): boolean =>
  tiers.every((t) => t.threshold.kind === 'buys' && t.threshold.quantity === 1) || tiers.some((t) => t.threshold.kind !== 'buys');

export interface MediumLevelOptions {
  readonly maxUnits?: number;
  /** Lines (1–4 units each) and promotions are drawn uniformly between these bounds. */
  readonly lines?: readonly [number, number];
  readonly promotions?: readonly [number, number];
  /** Search budget given to the solvers (the level itself does not depend on it). */
  readonly searchBudget?: number;
  /** Whether `cheapestBenefit` promotions may appear. */
  readonly cheapestBenefit?: boolean;
}

/** A random medium level (see the header); deterministic for a fast-check seed. */
export function arbitraryMediumLevel(o: MediumLevelOptions = {}): fc.Arbitrary<SolveInput> {
  const maxUnits = o.maxUnits ?? 60;
  return fc
    .record({
      // Counts drawn first: fast-check's arrays favour short lengths, medium levels need long ones.
      lines: fc.integer({ min: o.lines?.[0] ?? 1, max: o.lines?.[1] ?? 20 }).chain((n) => fc.array(arbLine, { minLength: n, maxLength: n })),
      promotions: fc.integer({ min: o.promotions?.[0] ?? 1, max: o.promotions?.[1] ?? 40 }).chain((n) => fc.array(arbPromotion, { minLength: n, maxLength: n })),
      unavailable: fc.array(fc.nat(maxUnits - 1), { maxLength: 4 }),
    })
    .map(({ lines, promotions, unavailable }) => {
      const units: SolverUnit[] = [];
      lines.forEach((l, line) => {
        const cp = l.customerCut === undefined || l.customerCut >= l.price ? l.price : l.price - l.customerCut;
        const floor = l.product >= FLOORED ? (l.price * l.floorShare) / 100n : 0n;
        for (let unit = 0; unit < l.quantity && units.length < maxUnits; unit++) {
          units.push({ line, unit, productId: `P${l.product}`, price: l.price, customerPrice: cp, floor });
        }
      });
      const of = (ps: readonly number[]): number[] => units.flatMap((u, i) => (ps.includes(Number(u.productId.slice(1))) ? [i] : []));
      return {
        units,
        available: units.map((_, i) => !unavailable.includes(i)),
        promotions: promotions.map((p, k): SolverPromotion => {
          const target = o.cheapestBenefit === false && p.deal.target === 'cheapestBenefit' ? 'allBenefit' : p.deal.target;
          const isBenefit = target.endsWith('Benefit');
          const benefitProducts = isBenefit ? p.benefitProducts.filter((b) => !p.products.includes(b)) : [];
          const floored = [...p.products, ...benefitProducts].some((x) => x >= FLOORED);
          const tiers = p.deal.tiers.map((t) => ({
            threshold: t.threshold,
            // A money-set reward over floored units is the one case not modelled: percent instead.
            reward: floored && (t.reward.kind === 'setAmountOff' || t.reward.kind === 'fixedTotal') ? { kind: 'percent' as const, bp: 2500 } : t.reward,
          }));
          return {
            id: `M${String(k).padStart(2, '0')}`,
            priority: 1,
            combination: p.combination,
            target,
            rewardCount: p.deal.rewardCount,
            tiers,
            qualifying: of(p.products),
            benefit: of(benefitProducts),
            maxApplications: p.maxApplications,
            // maxDiscount on sets of several units needs one block of variables per possible set
            // (slots), slow for HiGHS at this size: here only on one-unit and range deals; the
            // tiny cross-check and the SPEC cases cover it on sets.
            ...(p.maxDiscount === undefined || !capCheap(tiers) ? {} : { maxDiscount: p.maxDiscount }),
            ...(p.budget === undefined ? {} : { budget: p.budget }),
          };
        }),
        policy: 'bestDeal' as const,
        searchBudget: o.searchBudget ?? 20_000,
      };
    });
}
