import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveLevel } from '../../../src/engine/solver/index.ts';
import type { SolveInput } from '../../../src/engine/solver/types.ts';
import { benefitRuleViolations } from '../../support/benefit-rule-check.ts';
import {
  FREE, arbitraryLevel, buys, makeLevel, pct, usd, type PromoSpec, type UnitSpec,
} from '../../support/solver-factories.ts';

interface Case {
  readonly name: string;
  readonly units: readonly UnitSpec[];
  readonly promos: readonly PromoSpec[];
  /** Per application: promotion id and the units it uses. */
  readonly apps: readonly { id: string; used: number[] }[];
  readonly total: bigint;
}

// Unit 0 is the suit; the shirts follow.
const suitAndShirts = (...shirts: number[]): UnitSpec[] => [
  { product: 'suit', price: usd(300) },
  ...shirts.map((d) => ({ product: 'shirt', price: usd(d) })),
];
const suitGetsShirt = (rewardCount = 1): PromoSpec => ({
  id: 'SUIT', target: 'cheapestBenefit', rewardCount, qualifying: [0], benefit: [1, 2, 3].slice(0, 3), tiers: [{ threshold: buys(1), reward: FREE }],
});

const CASES: readonly Case[] = [
  {
    name: 'buy a suit, get a shirt free: shirts $25 and $45 → the $25 shirt',
    units: suitAndShirts(25, 45),
    promos: [{ ...suitGetsShirt(), benefit: [1, 2] }],
    apps: [{ id: 'SUIT', used: [0, 1] }],
    total: usd(25),
  },
  {
    name: 'rewardCount 2 over three shirts: the two cheapest',
    units: suitAndShirts(45, 25, 30),
    promos: [suitGetsShirt(2)],
    apps: [{ id: 'SUIT', used: [0, 2, 3] }],
    total: usd(55),
  },
  {
    name: 'a dearer shirt is rewarded when another application uses the cheaper one',
    units: suitAndShirts(25, 45),
    // B (same level) takes the $25 shirt at half price; the suit deal may then free the $45 one.
    promos: [
      { ...suitGetsShirt(), benefit: [1, 2] },
      { id: 'HALF', target: 'cheapestQualifying', qualifying: [1], tiers: [{ threshold: buys(1), reward: pct(5000) }] },
    ],
    apps: [{ id: 'SUIT', used: [0, 2] }, { id: 'HALF', used: [1] }],
    total: usd(45) + usd(12.5),
  },
  {
    name: 'the cheapest shirt saves less than its customer price: no application rather than a dearer shirt',
    units: [{ product: 'suit', price: usd(300) }, { product: 'shirt', price: usd(25), customerPrice: usd(1) }, { product: 'shirt', price: usd(45) }],
    promos: [{ id: 'SUIT', target: 'cheapestBenefit', qualifying: [0], benefit: [1, 2], tiers: [{ threshold: buys(1), reward: pct(5000) }] }],
    apps: [],
    total: usd(24),
  },
  {
    name: 'an earlier deal keeps a losing unit so that a later cheapestBenefit deal may free a dearer one',
    // Shirts: $25 (customer price $22), $45, $100. "A": 10 % off the $25 and $100 shirts (one
    // application over both: $12.50 saving, $3 customer-price saving forfeited). "B": the suit
    // frees a shirt. Best: A takes both, B frees the $45 shirt (the $25 one is used by A): gains
    // 9.50 + 45 over customer prices; without the $25 shirt in A, B would have to free that one
    // (gain 10 + 22). A leaving its losing unit out is a shortcut that no longer holds here.
    units: [
      { product: 'suit', price: usd(300) },
      { product: 'shirt', price: usd(25), customerPrice: usd(22) },
      { product: 'shirt', price: usd(45) },
      { product: 'shirt', price: usd(100) },
    ],
    promos: [
      { id: 'A', target: 'allQualifying', qualifying: [1, 3], tiers: [{ threshold: buys(1), reward: pct(1000) }] },
      { id: 'B', target: 'cheapestBenefit', qualifying: [0], benefit: [1, 2], tiers: [{ threshold: buys(1), reward: FREE }] },
    ],
    apps: [{ id: 'A', used: [1, 3] }, { id: 'B', used: [0, 2] }],
    total: usd(12.5) + usd(45),
  },
];

function run(c: Case): { input: SolveInput; out: ReturnType<typeof solveLevel> } {
  const input = makeLevel(c.units, c.promos);
  return { input, out: solveLevel(input) };
}

describe('cheapestBenefit rewards the cheapest available benefit units (SPEC §4.1)', () => {
  it.each(CASES)('$name', (c) => {
    const { input, out } = run(c);
    expect(out.optimal).toBe(true);
    expect(out.applications.map((a) => ({ id: input.promotions[a.promotion]!.id, used: [...a.used] }))).toEqual(c.apps);
    expect(out.total).toBe(c.total);
  });

  it('every plan of random levels keeps the rule, proven or cut off', () => {
    fc.assert(
      fc.property(arbitraryLevel(8, 5), fc.constantFrom(1, 30, 500, 50_000_000), (level, searchBudget) => {
        const input = { ...level, searchBudget };
        expect(benefitRuleViolations(input, solveLevel(input))).toEqual([]);
      }),
      { numRuns: 600, seed: 20261201 },
    );
  });
});
