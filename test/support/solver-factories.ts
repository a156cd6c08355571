/** Factories for solver inputs: units from dollar prices, promotions from short specs. */
import fc from 'fast-check';
import type {
  CompiledReward, CompiledThreshold, SolveInput, SolverPromotion, SolverUnit,
} from '../../src/engine/solver/types.ts';
import type { RewardTarget } from '../../src/domain/rule.ts';
import { scenarioA } from '../../bench/scenarios.ts';

/** Dollars (number of cents as integer, or decimal string) to minor units. */
export const usd = (dollars: number | string): bigint => {
  const [i, f = ''] = String(dollars).split('.');
  return BigInt(i!) * 100n + BigInt((f + '00').slice(0, 2));
};

export interface UnitSpec {
  readonly product?: string;
  readonly price: bigint;
  readonly customerPrice?: bigint;
  readonly floor?: bigint;
  readonly line?: number;
  readonly unit?: number;
}

/** One unit per spec; each spec is its own line unless `line` says otherwise. */
export function makeUnits(specs: readonly UnitSpec[]): SolverUnit[] {
  return specs.map((s, i) => ({
    line: s.line ?? i,
    unit: s.unit ?? 0,
    productId: s.product ?? 'A',
    price: s.price,
    customerPrice: s.customerPrice ?? s.price,
    floor: s.floor ?? 0n,
  }));
}

/** `n` units of one product and price on one line. */
export function line(n: number, price: bigint, product = 'A', lineIndex = 0): UnitSpec[] {
  return Array.from({ length: n }, (_, unit) => ({ product, price, line: lineIndex, unit }));
}

export const buys = (quantity: number): CompiledThreshold => ({ kind: 'buys', quantity });
export const atLeast = (quantity: number): CompiledThreshold => ({ kind: 'buysAtLeast', quantity });
export const spends = (amount: bigint): CompiledThreshold => ({ kind: 'spendsAtLeast', amount });
export const pct = (bp: number): CompiledReward => ({ kind: 'percent', bp });
export const FREE: CompiledReward = { kind: 'percent', bp: 10000 };
export const off = (amount: bigint): CompiledReward => ({ kind: 'amountOff', amount });
export const setOff = (amount: bigint): CompiledReward => ({ kind: 'setAmountOff', amount });
export const fixedTotal = (amount: bigint): CompiledReward => ({ kind: 'fixedTotal', amount });
export const unitPrice = (amount: bigint): CompiledReward => ({ kind: 'unitPrice', amount });

export interface PromoSpec {
  readonly id: string;
  readonly priority?: number;
  readonly combination?: 'any' | 'same';
  readonly target?: RewardTarget;
  readonly rewardCount?: number;
  readonly tiers: readonly { threshold: CompiledThreshold; reward: CompiledReward }[];
  readonly maxDiscount?: bigint;
  /** Qualifying unit indices; default every unit not in `benefit`. */
  readonly qualifying?: readonly number[];
  readonly benefit?: readonly number[];
  readonly maxApplications?: number;
  readonly budget?: bigint;
}

export function makePromotion(s: PromoSpec, unitCount: number): SolverPromotion {
  const benefit = s.benefit ?? [];
  const qualifying = s.qualifying ?? Array.from({ length: unitCount }, (_, i) => i).filter((i) => !benefit.includes(i));
  const p: SolverPromotion = {
    id: s.id,
    priority: s.priority ?? 1,
    combination: s.combination ?? 'any',
    target: s.target ?? 'cheapestQualifying',
    rewardCount: s.rewardCount ?? 1,
    tiers: s.tiers,
    qualifying,
    benefit,
    maxApplications: s.maxApplications ?? 2 ** 30,
    ...(s.maxDiscount === undefined ? {} : { maxDiscount: s.maxDiscount }),
    ...(s.budget === undefined ? {} : { budget: s.budget }),
  };
  return p;
}

/** A best-deal level over all units, every unit available. */
export function makeLevel(
  units: readonly UnitSpec[],
  promos: readonly PromoSpec[],
  options: { policy?: SolveInput['policy']; searchBudget?: number; available?: boolean[] } = {},
): SolveInput {
  const us = makeUnits(units);
  return {
    units: us,
    available: options.available ?? us.map(() => true),
    promotions: promos.map((p) => makePromotion(p, us.length)),
    policy: options.policy ?? 'bestDeal',
    searchBudget: options.searchBudget ?? 1_000_000,
  };
}

// ---- Random small levels for property tests -------------------------------------------------

const PRICES = [100n, 250n, 499n, 500n, 700n, 999n, 1000n];

const arbUnit = fc.record({
  product: fc.constantFrom('A', 'B', 'C'),
  price: fc.constantFrom(...PRICES),
  customerCut: fc.option(fc.constantFrom(1n, 50n, 120n, 300n), { nil: undefined }),
  floorShare: fc.option(fc.constantFrom(10, 50, 90), { nil: undefined }),
  line: fc.nat(3),
});

const arbThreshold: fc.Arbitrary<CompiledThreshold> = fc.oneof(
  fc.integer({ min: 1, max: 4 }).map(buys),
  fc.integer({ min: 1, max: 4 }).map(buys),
  fc.integer({ min: 1, max: 4 }).map(atLeast),
  fc.constantFrom(100n, 600n, 1500n, 2500n).map(spends),
);

const arbReward: fc.Arbitrary<CompiledReward> = fc.oneof(
  fc.constantFrom(1000, 2500, 5000, 10000).map(pct),
  fc.constantFrom(100n, 300n, 800n).map(off),
  fc.constantFrom(150n, 700n, 1200n).map(setOff),
  fc.constantFrom(500n, 1500n).map(fixedTotal),
  fc.constantFrom(200n, 600n).map(unitPrice),
);

const arbPromo = fc.record({
  combination: fc.constantFrom('any' as const, 'same' as const),
  target: fc.constantFrom('cheapestQualifying' as const, 'cheapestQualifying' as const, 'cheapestBenefit' as const, 'allQualifying' as const, 'allBenefit' as const),
  rewardCount: fc.integer({ min: 1, max: 2 }),
  tiers: fc.array(fc.record({ threshold: arbThreshold, reward: arbReward }), { minLength: 1, maxLength: 3 }),
  maxDiscount: fc.option(fc.constantFrom(200n, 900n), { nil: undefined }),
  /** Per unit: 0 not in, 1 qualifying, 2 benefit. */
  roles: fc.array(fc.constantFrom(0, 1, 1, 2), { minLength: 10, maxLength: 10 }),
  maxApplications: fc.constantFrom(1, 2, 2 ** 30, 2 ** 30),
  budget: fc.option(fc.constantFrom(300n, 1500n), { nil: undefined }),
  priority: fc.constant(1),
});

/** A generated promotion over `unitCount` units, each unit's role (0 not in, 1 qualifying, 2 benefit) from `roleOf`. */
function randomPromotion(p: typeof arbPromo extends fc.Arbitrary<infer T> ? T : never, k: number, unitCount: number, roleOf: (i: number) => number): SolverPromotion {
  const all = Array.from({ length: unitCount }, (_, i) => i);
  return {
    id: `P${k}`,
    priority: p.priority,
    combination: p.combination,
    target: p.target,
    rewardCount: p.rewardCount,
    tiers: p.tiers,
    qualifying: all.filter((i) => roleOf(i) === 1 || (roleOf(i) === 2 && !p.target.endsWith('Benefit'))),
    benefit: p.target.endsWith('Benefit') ? all.filter((i) => roleOf(i) === 2) : [],
    maxApplications: p.maxApplications,
    ...(p.maxDiscount === undefined ? {} : { maxDiscount: p.maxDiscount }),
    ...(p.budget === undefined ? {} : { budget: p.budget }),
  };
}

/**
 * A random best-deal level: 1–`maxUnits` units on up to 4 lines (random customer prices, floors,
 * availability) and 1–`maxPromos` promotions of random kinds, tiers and targets.
 */
export function arbitraryLevel(maxUnits = 8, maxPromos = 5): fc.Arbitrary<SolveInput> {
  return fc
    .record({
      units: fc.array(arbUnit, { minLength: 1, maxLength: maxUnits }),
      unavailable: fc.array(fc.nat(maxUnits - 1), { maxLength: 2 }),
      promos: fc.array(arbPromo, { minLength: 1, maxLength: maxPromos }),
    })
    .map(({ units, unavailable, promos }) => {
      const perLine = [0, 0, 0, 0];
      const us: SolverUnit[] = units.map((u) => {
        const cp = u.customerCut === undefined || u.customerCut >= u.price ? u.price : u.price - u.customerCut;
        const floor = u.floorShare === undefined ? 0n : (u.price * BigInt(u.floorShare)) / 100n;
        return { line: u.line, unit: perLine[u.line]!++, productId: u.product, price: u.price, customerPrice: cp, floor };
      });
      return {
        units: us,
        available: us.map((_, i) => !unavailable.includes(i)),
        promotions: promos.map((p, k) => randomPromotion(p, k, us.length, (i) => p.roles[i] ?? 0)),
        policy: 'bestDeal' as const,
        searchBudget: 50_000_000,
      };
    });
}

/**
 * A large overlapping level, bench shape A scaled down (40 lines of 1–3 units, 100 promotions on
 * 1–3 products each): the exact search cannot finish it on a small budget.
 */
export const overlappingLevel = (seed: number, searchBudget: number): SolveInput => ({ ...scenarioA(seed, 40, 100), searchBudget });

/**
 * Two levels side by side as one: `b`'s units follow `a`'s on lines of their own, and its
 * promotions follow `a`'s with their unit indices shifted. Nothing is shared, so each part is
 * its own set of conflict components. Budget and policy are `a`'s.
 */
export function joinLevels(a: SolveInput, b: SolveInput): SolveInput {
  const lines = a.units.reduce((m, u) => Math.max(m, u.line + 1), 0);
  const shift = a.units.length;
  const moved = (xs: readonly number[]): number[] => xs.map((i) => i + shift);
  return {
    ...a,
    units: [...a.units, ...b.units.map((u) => ({ ...u, line: u.line + lines }))],
    available: [...a.available, ...b.available],
    promotions: [...a.promotions, ...b.promotions.map((p) => ({ ...p, qualifying: moved(p.qualifying), benefit: moved(p.benefit) }))],
  };
}

/**
 * A random level of a few long lines (1–`maxQuantity` identical units each) and 1–`maxPromos`
 * promotions whose roles are per line: many copies of one application kind fit, so the search
 * walks its repeated choices as chains (search.ts `descendChain`).
 */
export function arbitraryLongLineLevel(maxLines = 4, maxQuantity = 30, maxPromos = 4): fc.Arbitrary<SolveInput> {
  const arbLine = fc.record({
    product: fc.constantFrom('A', 'B'),
    price: fc.constantFrom(...PRICES),
    customerCut: fc.option(fc.constantFrom(50n, 120n), { nil: undefined, freq: 4 }),
    quantity: fc.integer({ min: 1, max: maxQuantity }),
  });
  const promo = arbPromo.chain((p) => fc.record({ p: fc.constant(p), lineRoles: fc.array(fc.constantFrom(0, 1, 1, 2), { minLength: maxLines, maxLength: maxLines }) }));
  return fc
    .record({
      lines: fc.array(arbLine, { minLength: 1, maxLength: maxLines }),
      promos: fc.array(promo, { minLength: 1, maxLength: maxPromos }),
      budget: fc.constantFrom(200_000, 200_000, 2_000),
    })
    .map(({ lines, promos, budget }) => {
      const us: SolverUnit[] = [];
      const lineOf: number[] = [];
      lines.forEach((l, li) => {
        const cp = l.customerCut === undefined ? l.price : l.price - l.customerCut;
        for (let u = 0; u < l.quantity; u++) {
          us.push({ line: li, unit: u, productId: l.product, price: l.price, customerPrice: cp, floor: 0n });
          lineOf.push(li);
        }
      });
      return {
        units: us,
        available: us.map(() => true),
        promotions: promos.map(({ p, lineRoles }, k) => randomPromotion(p, k, us.length, (i) => lineRoles[lineOf[i]!]!)),
        policy: 'bestDeal' as const,
        searchBudget: budget,
      };
    });
}

/** "5 for 50.00" over five lines of `n` units: 12.00, 12.00, 11.00, 11.00 and 10.00 each. */
export function fiveForFifty(n: number) {
  const units = [...line(n, usd(12), 'A', 0), ...line(n, usd(12), 'B', 1), ...line(n, usd(11), 'C', 2), ...line(n, usd(11), 'D', 3), ...line(n, usd(10), 'E', 4)];
  return makeLevel(units, [{ id: 'five', target: 'allQualifying', tiers: [{ threshold: buys(5), reward: fixedTotal(usd(50)) }] }], { searchBudget: 200_000 });
}

/** Prices and unit counts (per `n`) of sample basket b35's five snack lines. */
const SNACK_LINES: readonly (readonly [bigint, number])[] = [[449n, 2], [399n, 1], [299n, 2], [649n, 1], [349n, 3]];

/** "Buy 3, the cheapest free" over b35's five snack lines, `n` × (2, 1, 2, 1, 3) units. */
export function buyThreeSnacks(n: number) {
  const units = SNACK_LINES.flatMap(([price, per], i) => line(per * n, price, String.fromCharCode(65 + i), i));
  return makeLevel(units, [{ id: 'snacks', tiers: [{ threshold: buys(3), reward: FREE }] }], { searchBudget: 200_000 });
}

/** Two equal "buy 3, the cheapest free" deals over four lines of `n` units (4.49, 3.99, 2.99, 6.49). */
export function twoEqualThreeForTwo(n: number) {
  const units = [...line(n, 449n, 'A', 0), ...line(n, 399n, 'B', 1), ...line(n, 299n, 'C', 2), ...line(n, 649n, 'D', 3)];
  const deal = (id: string) => ({ id, tiers: [{ threshold: buys(3), reward: FREE }] });
  return makeLevel(units, [deal('a'), deal('b')], { searchBudget: 200_000 });
}
