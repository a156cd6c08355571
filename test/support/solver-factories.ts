/** Factories for solver inputs: units from dollar prices, promotions from short specs. */
import type {
  CompiledReward, CompiledThreshold, SolveInput, SolverPromotion, SolverUnit,
} from '../../src/engine/solver/types.ts';
import type { RewardTarget } from '../../src/domain/rule.ts';

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
