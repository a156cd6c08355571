import type {
  Application, EvaluationResult, GiftLine, IssuedCode, LineResult, Minor, Problem, PromotionOutcome, UnitDiscount, UnitResult,
} from '../domain/index.ts';
import { formatMoney, problem, runsOf } from '../domain/index.ts';
import { couponOutcomes } from './eligibility/index.ts';
import { toApplication } from './apply.ts';
import { disperse } from './dispersion.ts';
import { baseOf, type Run } from './run.ts';

/** The discounts of a unit nothing was booked on (shared: never mutated). */
const NO_DISCOUNTS: [string, Minor][] = [];

/**
 * Turns the settled run into the result (SPEC §7): dispersion books each application's saving
 * on units (SPEC §8), then lines, totals, outcomes for every promotion in bundle order and the
 * entered codes' statuses. All money leaves as decimal strings.
 */
export function buildResult(run: Run): EvaluationResult {
  const { ctx, units } = run;
  const c = ctx.currency;
  const money = (m: Minor): string => formatMoney(m, c);
  const base = units.map((_, i) => baseOf(run, i));
  const booked = disperse(
    run.apps.map((a) => ({ used: a.used, rewarded: a.rewarded, saving: a.saving, savings: a.savings, choice: a.choice })),
    { units, base, discountable: units.filter((u) => !u.manualPrice).map((u) => u.index) },
  );

  // Per unit: each promotion's booked amount, in the order the applications were decided (a map
  // only for units that have bookings: a long line's undiscounted units share none).
  const perUnit: (Map<string, Minor> | undefined)[] = new Array<Map<string, Minor> | undefined>(units.length);
  const clippedUnit = units.map(() => false);
  run.apps.forEach((a, k) => {
    for (const [i, amount] of booked[k]!) {
      let m = perUnit[i];
      if (m === undefined) perUnit[i] = m = new Map<string, Minor>();
      m.set(a.promotion.id, (m.get(a.promotion.id) ?? 0n) + amount);
    }
    if (a.clipped > 0n) for (const i of a.rewarded) clippedUnit[i] = true;
  });

  let gross = 0n;
  let customerPriceSaving = 0n;
  let promotionSaving = 0n;
  const lines: LineResult[] = ctx.order.lines.map((line, lineIndex) => {
    let lGross = 0n;
    let lCustomer = 0n;
    let lPromo = 0n;
    // Units are in unit order: one with the same outcome as the run before it extends that run.
    // Outcomes compare as minor units; only a run's first unit is formatted.
    // Streamed, so only each run's first unit is kept (a line of 200,000 units held them all).
    function* raws(): Generator<RawUnit> {
      for (let i = run.lineStart[lineIndex]!; i < run.lineStart[lineIndex + 1]!; i++) {
        const u = units[i]!;
        const mine = perUnit[i];
        let promo = 0n;
        let discounts: [string, Minor][] = NO_DISCOUNTS;
        if (mine !== undefined) {
          for (const a of mine.values()) promo += a;
          discounts = [...mine].filter(([, a]) => a > 0n);
        }
        lGross += u.price;
        lCustomer += u.price - base[i]!;
        lPromo += promo;
        yield { unit: u.unit, price: u.price, customerPrice: u.customerPrice, discounts, net: base[i]! - promo, clipped: clippedUnit[i]! };
      }
    }
    const runs = runsOf(raws(), sameRaw);
    const unitResults: UnitResult[] = runs.map(({ item: raw, count }) => ({
      unit: raw.unit,
      count,
      unitPrice: money(raw.price),
      ...(raw.customerPrice < raw.price ? { customerPrice: money(raw.customerPrice) } : {}),
      discounts: raw.discounts.map(([promotionId, a]): UnitDiscount => ({ promotionId, amount: money(a) })),
      net: money(raw.net),
      ...(raw.clipped ? { clipped: true } : {}),
    }));
    gross += lGross;
    customerPriceSaving += lCustomer;
    promotionSaving += lPromo;
    return {
      lineId: line.id, productId: line.productId, quantity: line.quantity,
      gross: money(lGross), customerPriceSaving: money(lCustomer), promotionSaving: money(lPromo),
      net: money(lGross - lCustomer - lPromo), units: unitResults,
    };
  });

  const applications: Application[] = run.apps.map((a) => toApplication(run, a.promotion, a));
  const promotions: PromotionOutcome[] = ctx.bundle.promotions.map((p) => outcomeOf(run, p.id, money));
  const gifts: GiftLine[] = run.gifts.map(({ promotionId, gift }) => ({ promotionId, productId: gift.productId, quantity: gift.quantity, unitPrice: money(gift.unitPrice) }));
  const giftsToPay = run.gifts.reduce((a, g) => a + g.gift.unitPrice * BigInt(g.gift.quantity), 0n);
  const issuedCoupons: IssuedCode[] = run.issued.map(({ issuedBy, code }) => ({
    code: code.code, promotionId: code.promotionId, issuedBy, ...(code.customerId === undefined ? {} : { customerId: code.customerId }),
  }));
  const net = gross - customerPriceSaving - promotionSaving;
  const shipping = run.shippingLeft + run.shippingDiscount;
  const problems: Problem[] = [...ctx.problems];
  for (const a of run.apps) {
    if (a.clipped > 0n) problems.push(problem('reward-clipped', `${a.promotion.id}: ${money(a.clipped)} of its reward was clipped at zero or a floor price.`, undefined, 'info'));
  }
  return {
    orderId: ctx.order.id,
    currency: c,
    optimal: run.optimal,
    ...(run.optimal ? {} : { bound: money(promotionSaving + run.boundGap) }),
    budget: run.budget.report(),
    totals: {
      gross: money(gross), customerPriceSaving: money(customerPriceSaving), promotionSaving: money(promotionSaving),
      net: money(net), shipping: money(shipping), shippingDiscount: money(run.shippingDiscount),
      toPay: money(net + shipping - run.shippingDiscount + giftsToPay),
    },
    lines,
    applications,
    promotions,
    coupons: couponOutcomes(ctx, promotions),
    gifts,
    issuedCoupons,
    pointsSpent: run.pointsSpent,
    problems,
  };
}

/** One unit's outcome before formatting. */
interface RawUnit {
  /** Index inside its line (not part of the outcome). */
  readonly unit: number;
  readonly price: Minor;
  readonly customerPrice: Minor;
  /** Each promotion's booked amount (> 0), in decision order. */
  readonly discounts: readonly [string, Minor][];
  readonly net: Minor;
  readonly clipped: boolean;
}

/** Two units with the same outcome (what a run shares; their index does not count). */
function sameRaw(a: RawUnit, b: RawUnit): boolean {
  if (a.price !== b.price || a.customerPrice !== b.customerPrice || a.net !== b.net || a.clipped !== b.clipped) return false;
  if (a.discounts.length !== b.discounts.length) return false;
  for (let i = 0; i < a.discounts.length; i++) {
    if (a.discounts[i]![0] !== b.discounts[i]![0] || a.discounts[i]![1] !== b.discounts[i]![1]) return false;
  }
  return true;
}

function outcomeOf(run: Run, id: string, money: (m: Minor) => string): PromotionOutcome {
  const failed = run.outcomes.get(id);
  if (failed !== undefined) return failed;
  const g = run.granted.get(id);
  if (g === undefined) return { promotionId: id, status: 'notApplied', reason: 'notImplemented', message: 'The engine reached no decision for this promotion.' };
  const saving = run.apps.filter((a) => a.promotion.id === id).reduce((a, x) => a + x.saving, 0n) + g.shipping;
  const times = g.applications === 1 ? 'once' : `${g.applications} times`;
  const note = g.notes.length === 0 ? '' : ` (${g.notes.join('; ')})`;
  return { promotionId: id, status: 'applied', saving: money(saving), applications: g.applications, message: `Applied ${times}, saving ${money(saving)}${note}.` };
}
