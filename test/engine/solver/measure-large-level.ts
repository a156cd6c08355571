/**
 * Measurement (not a test): one 50-line basket, 100 overlapping item deals in one level.
 * Run: npx tsx test/engine/solver/measure-large-level.ts
 */
import { solveLevel } from '../../../src/engine/solver/index.ts';
import type { CompiledReward, CompiledThreshold, SolveInput, SolverPromotion, SolverUnit } from '../../../src/engine/solver/types.ts';

let seed = 12345;
const rnd = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};

const units: SolverUnit[] = [];
for (let line = 0; line < 50; line++) {
  const qty = 1 + rnd(3);
  const price = BigInt(199 + rnd(40) * 50);
  const cp = rnd(5) === 0 ? price - BigInt(50 + rnd(3) * 50) : price;
  for (let unit = 0; unit < qty; unit++) units.push({ line, unit, productId: `SKU${line % 30}`, price, customerPrice: cp, floor: rnd(6) === 0 ? price / 2n : 0n });
}
const thresholds = (): CompiledThreshold => {
  const k = rnd(4);
  return k === 0 ? { kind: 'buysAtLeast', quantity: 2 + rnd(3) } : k === 1 ? { kind: 'spendsAtLeast', amount: BigInt(1000 + rnd(5) * 1000) } : { kind: 'buys', quantity: 2 + rnd(3) };
};
const reward = (): CompiledReward => {
  const k = rnd(5);
  return k === 0 ? { kind: 'percent', bp: 1000 * (1 + rnd(5)) } : k === 1 ? { kind: 'percent', bp: 10000 } : k === 2 ? { kind: 'amountOff', amount: BigInt(100 + rnd(4) * 100) } : k === 3 ? { kind: 'setAmountOff', amount: BigInt(300 + rnd(6) * 100) } : { kind: 'fixedTotal', amount: BigInt(1000 + rnd(6) * 500) };
};
const targets = ['cheapestQualifying', 'allQualifying', 'cheapestBenefit', 'allQualifying'] as const;
const promotions: SolverPromotion[] = [];
for (let k = 0; k < 100; k++) {
  // Each deal covers a random window of ~8–20 lines (overlapping other deals).
  const from = rnd(50);
  const width = 8 + rnd(13);
  const target = targets[rnd(4)]!;
  const qualifying: number[] = [];
  const benefit: number[] = [];
  units.forEach((u, i) => {
    const inWindow = (u.line - from + 50) % 50 < width;
    if (!inWindow) return;
    if (target === 'cheapestBenefit' && u.line % 4 === 0) benefit.push(i);
    else qualifying.push(i);
  });
  const tiers = [{ threshold: thresholds(), reward: reward() }];
  if (rnd(3) === 0) tiers.push({ threshold: thresholds(), reward: reward() });
  promotions.push({ id: `P${String(k).padStart(3, '0')}`, priority: 1, combination: rnd(4) === 0 ? 'same' : 'any', target, rewardCount: 1 + rnd(2), tiers, qualifying, benefit, maxApplications: 2 ** 30 });
}
for (const budget of [200_000, 2_000_000]) {
  const input: SolveInput = { units, available: units.map(() => true), promotions, policy: 'bestDeal', searchBudget: budget };
  const t0 = process.hrtime.bigint();
  const out = solveLevel(input);
  const ms = Number((process.hrtime.bigint() - t0) / 1000000n);
  console.log(`units=${units.length} promotions=100 searchBudget=${budget}: ${ms} ms, nodes=${out.nodes}, optimal=${out.optimal}, total=${out.total}, bound=${out.bound ?? '-'}, applications=${out.applications.length}`);
}
const t0 = process.hrtime.bigint();
const pos = solveLevel({ units, available: units.map(() => true), promotions, policy: 'cheapestInTransaction', searchBudget: 0 });
console.log(`cheapestInTransaction: ${Number((process.hrtime.bigint() - t0) / 1000000n)} ms, total=${pos.total}`);
