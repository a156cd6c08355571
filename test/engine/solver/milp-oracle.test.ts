/**
 * Issue 9's optimality oracle: an integer program of one level (test/support/milp-level.ts),
 * written from SPEC §4.1/§5 apart from the solver and solved by HiGHS, checks the reference and
 * WASM level solvers on medium levels the brute force cannot enumerate. The model itself is
 * checked against SPEC examples and against the brute force on tiny levels.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import type { SolveInput, SolveOutput } from '../../../src/engine/solver/types.ts';
import { wasmSolveLevel } from '../../../src/wasm/node.ts';
import { runs } from '../../support/fc-runs.ts';
import { arbitraryMediumLevel } from '../../support/milp-random-levels.ts';
import { loadHighs, solveLevelMilp, type Highs } from '../../support/milp-solve.ts';
import {
  FREE, arbitraryLevel, atLeast, buys, fixedTotal, line, makeLevel, pct, setOff, unitPrice, usd, type PromoSpec, type UnitSpec,
} from '../../support/solver-factories.ts';
import { ensureWasm } from '../../wasm/ensure-wasm.ts';
import { bruteForceBest } from './brute-force.ts';

/**
 * Known differences between the engines and the SPEC, by name → why. The solver helper deletes an
 * entry when the engines (and the brute force) follow the SPEC; the tests below then turn strict.
 */
// Empty since both engines and the brute force follow the cheapestBenefit re-read (SPEC §4.1, 2026-12-01).
export const KNOWN_ISSUES: Readonly<Record<string, string>> = {};
const cheapestBenefitPending = 'cheapest-benefit-reread' in KNOWN_ISSUES;
const itUntilCheapestBenefitFixed = cheapestBenefitPending ? it.fails : it;

const hasCheapestBenefit = (x: SolveInput): boolean => x.promotions.some((p) => p.target === 'cheapestBenefit');
const show = (x: SolveInput): string => JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

let highs: Highs;
beforeAll(async () => {
  ensureWasm();
  highs = await loadHighs();
}, 120_000);

// ---- the model against the SPEC ------------------------------------------------------------------

interface Case { readonly name: string; readonly units: readonly UnitSpec[]; readonly promos: readonly PromoSpec[]; readonly total: bigint }

const buy2Free: PromoSpec = { id: 'A', tiers: [{ threshold: buys(2), reward: FREE }] };
const tenOffAll: PromoSpec = { id: 'B', target: 'allQualifying', tiers: [{ threshold: buys(1), reward: pct(1000) }] };
const moneyTiers: PromoSpec = { id: 'P', target: 'allQualifying', tiers: [{ threshold: buys(3), reward: setOff(usd(5)) }, { threshold: buys(5), reward: setOff(usd(10)) }] };
const rangeTiers: PromoSpec = { id: 'P', target: 'allQualifying', tiers: [3, 5, 8].map((n, i) => ({ threshold: buys(n), reward: pct(1000 * (i + 1)) })) };
// "Buy a suit, get a shirt free": unit 0 the suit, units 1 and 2 shirts at $25 and $45.
const suitAndShirts: UnitSpec[] = [{ price: usd(200), product: 'suit' }, { price: usd(25), product: 'shirt' }, { price: usd(45), product: 'shirt' }];
const shirtFree: PromoSpec = { id: 'S', target: 'cheapestBenefit', qualifying: [0], benefit: [1, 2], tiers: [{ threshold: buys(1), reward: FREE }] };

const CASES: readonly Case[] = [
  { name: 'ex 9: buy 2 cheapest free beats 10 % off all', units: [10, 9, 8, 7].map((d) => ({ price: usd(d) })), promos: [buy2Free, tenOffAll], total: usd(16) },
  { name: 'ex 8: money tiers, 4 units → one 3-set', units: line(4, usd(4)), promos: [moneyTiers], total: usd(5) },
  { name: 'ex 8: money tiers, 8 units → 5 + 3', units: line(8, usd(4)), promos: [moneyTiers], total: usd(15) },
  { name: 'ex 8: money tiers, 6 units → one 5-set', units: line(6, usd(4)), promos: [moneyTiers], total: usd(10) },
  { name: 'ex 6: range tiers, 6 units → 20 %', units: line(6, usd(10)), promos: [rangeTiers], total: usd(12) },
  { name: 'ex 6: range tiers, 9 units → 30 %', units: line(9, usd(10)), promos: [rangeTiers], total: usd(27) },
  { name: 'ex 3: 5 for a $50 fixed total', units: [12, 12, 11, 11, 10].map((d) => ({ price: usd(d) })), promos: [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: buys(5), reward: fixedTotal(usd(50)) }] }], total: usd(6) },
  { name: 'ex 7: at least 2 at a $10 unit price', units: [11, 12, 14].map((d) => ({ price: usd(d) })), promos: [{ id: 'P', target: 'allQualifying', tiers: [{ threshold: atLeast(2), reward: unitPrice(usd(10)) }] }], total: usd(7) },
  { name: 'ex 11: 10 % of $10 < the $2 customer price saving', units: [{ price: usd(10), customerPrice: usd(8) }], promos: [{ id: 'P', tiers: [{ threshold: buys(1), reward: pct(1000) }] }], total: usd(2) },
  { name: 'ex 11: 30 % of $10 > the $2 customer price saving', units: [{ price: usd(10), customerPrice: usd(8) }], promos: [{ id: 'P', tiers: [{ threshold: buys(1), reward: pct(3000) }] }], total: usd(3) },
  { name: 'maxDiscount $5 caps each pair (slots)', units: [10, 9, 8, 7].map((d) => ({ price: usd(d) })), promos: [{ ...buy2Free, maxDiscount: usd(5) }], total: usd(10) },
  { name: 'budget $12 caps the promotion', units: [10, 9, 8, 7].map((d) => ({ price: usd(d) })), promos: [{ ...buy2Free, budget: usd(12) }], total: usd(12) },
  { name: 'cheapestBenefit frees the $25 shirt, not the $45 one', units: suitAndShirts, promos: [shirtFree], total: usd(25) },
  {
    name: 'cheapestBenefit: the $25 shirt taken by another deal, the $45 one is the cheapest available',
    units: suitAndShirts,
    promos: [shirtFree, { id: 'T', qualifying: [1], tiers: [{ threshold: buys(1), reward: pct(1000) }] }],
    total: usd(45) + usd('2.50'),
  },
];

describe('the MILP model of a level', () => {
  it.each(CASES)('$name', ({ units, promos, total }) => {
    expect(solveLevelMilp(highs, makeLevel(units, promos)).optimum).toBe(total);
  });

  // Floors cannot sit under a money-set reward in the model (R2 then clipping is not linear):
  // such levels are kept with their floors removed, everything else as generated.
  const tiny = fc.sample(arbitraryLevel(8, 5), runs(150)).map((x) =>
    x.promotions.some((p) => p.tiers.some((t) => t.reward.kind === 'setAmountOff' || t.reward.kind === 'fixedTotal'))
      ? { ...x, units: x.units.map((u) => ({ ...u, floor: 0n })) }
      : x);

  it('equals the brute force on the tiny levels without cheapestBenefit (~90 of 150)', () => {
    const plain = tiny.filter((x) => !hasCheapestBenefit(x));
    expect(plain.length).toBeGreaterThan(75);
    for (const x of plain) expect(solveLevelMilp(highs, x).optimum, show(x)).toBe(bruteForceBest(x));
  });

  it('never exceeds the brute force with cheapestBenefit (the cheapest-available rule only removes plans)', () => {
    for (const x of tiny.filter(hasCheapestBenefit)) expect(solveLevelMilp(highs, x).optimum <= bruteForceBest(x), show(x)).toBe(true);
  });

  itUntilCheapestBenefitFixed('equals the brute force on tiny levels with cheapestBenefit (KNOWN_ISSUES cheapest-benefit-reread)', () => {
    for (const x of tiny.filter(hasCheapestBenefit)) expect(solveLevelMilp(highs, x).optimum, show(x)).toBe(bruteForceBest(x));
  });
});

// ---- the solvers against the model ---------------------------------------------------------------

/** Optimal ⇒ the optimum; otherwise total ≤ optimum ≤ bound. Returns a problem or undefined. */
function verdict(out: SolveOutput, optimum: bigint): string | undefined {
  if (out.optimal) return out.total === optimum ? undefined : `optimal ${out.total} ≠ MILP ${optimum}`;
  if (out.total > optimum) return `total ${out.total} > MILP ${optimum}`;
  if (out.bound === undefined || out.bound < optimum) return `bound ${out.bound} < MILP ${optimum}`;
  return undefined;
}

/** Under the old cheapestBenefit reading the solver's plans are a superset: only the bound is sure. */
function looseVerdict(out: SolveOutput, optimum: bigint): string | undefined {
  if (out.optimal) return out.total >= optimum ? undefined : `optimal ${out.total} < MILP ${optimum}`;
  return out.bound !== undefined && out.bound >= optimum ? undefined : `bound ${out.bound} < MILP ${optimum}`;
}

interface Checked { readonly level: SolveInput; readonly optimum: bigint; readonly ts: SolveOutput; readonly wasm: SolveOutput }

const check = (level: SolveInput): Checked => ({ level, optimum: solveLevelMilp(highs, level).optimum, ts: solveLevel(level), wasm: wasmSolveLevel(level) });

describe('the level solvers reach the MILP optimum (medium levels: ≤ 60 units, ≤ 40 promotions)', () => {
  // 300 levels without cheapestBenefit (strict today): 285 of up to 12 lines and 25 promotions and
  // 15 of 16–24 lines (capped at 60 units) and 20–40 promotions — HiGHS needs seconds for each of
  // those on this machine, hence so few. And 40 with cheapestBenefit (strict once the re-read is in).
  let plain: Checked[] = [];
  let withCheapestBenefit: Checked[] = [];
  beforeAll(() => {
    const seed = runs(1).seed;
    const small = fc.sample(arbitraryMediumLevel({ cheapestBenefit: false, lines: [1, 12], promotions: [1, 25], searchBudget: 20_000 }), runs(285));
    const large = fc.sample(arbitraryMediumLevel({ cheapestBenefit: false, lines: [16, 24], promotions: [20, 40], searchBudget: 20_000 }), { numRuns: 15, seed: seed + 2 });
    plain = [...small, ...large].map(check);
    const cb = fc.sample(arbitraryMediumLevel({ searchBudget: 20_000 }), { numRuns: 100, seed: seed + 1 }).filter(hasCheapestBenefit).slice(0, 40);
    withCheapestBenefit = cb.map(check);
  }, 1_200_000);

  it.each([['reference', 'ts'], ['WASM', 'wasm']] as const)('%s solver, 300 levels: optimal ⇒ equal; otherwise total ≤ optimum ≤ bound', (_name, engine) => {
    const problems = plain.flatMap((c) => {
      const v = verdict(c[engine], c.optimum);
      return v === undefined ? [] : [`${v}: ${show(c.level)}`];
    });
    expect(problems).toEqual([]);
    // Not vacuous: over half the levels are proven within 20,000 nodes, and some are large.
    expect(plain.length).toBe(300);
    expect(plain.filter((c) => c[engine].optimal).length).toBeGreaterThan(150);
    expect(plain.filter((c) => c.level.units.length > 40 && c.level.promotions.length > 20).length).toBeGreaterThan(5);
  });

  // Strict once KNOWN_ISSUES loses 'cheapest-benefit-reread'; until then only what holds under
  // both readings (the old one allows more plans): a proven total ≥ the optimum, a bound ≥ it.
  it.each([['reference', 'ts'], ['WASM', 'wasm']] as const)('%s solver, 40 levels with cheapestBenefit', (_name, engine) => {
    expect(withCheapestBenefit.length).toBe(40);
    const problems = withCheapestBenefit.flatMap((c) => {
      const v = (cheapestBenefitPending ? looseVerdict : verdict)(c[engine], c.optimum);
      return v === undefined ? [] : [`${v}: ${show(c.level)}`];
    });
    expect(problems).toEqual([]);
  });

  itUntilCheapestBenefitFixed('"buy a suit, get a shirt free" frees the $25 shirt (KNOWN_ISSUES cheapest-benefit-reread)', () => {
    const x = makeLevel(suitAndShirts, [shirtFree]);
    for (const out of [solveLevel(x), wasmSolveLevel(x)]) expect(out.total).toBe(solveLevelMilp(highs, x).optimum);
  });
});
