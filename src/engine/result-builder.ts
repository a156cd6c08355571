import type {
  Application, EvaluationResult, GiftLine, IssuedCode, LineResult, Minor, Problem, PromotionOutcome, UnitDiscount, UnitResult,
} from '../domain/index.ts';
import { formatMoney, problem } from '../domain/index.ts';
import { formatCount } from '../domain/limits.ts';
import { couponOutcomes } from './eligibility/index.ts';
import { toApplication } from './apply.ts';
import { disperse, type BookingRun } from './dispersion.ts';
import { baseOf, forEachUnitPiece, type Run } from './run.ts';
import { lastAtMost, type UnitRange } from './unit-ranges.ts';

/** The discounts of a unit nothing was booked on (shared: never mutated). */
const NO_DISCOUNTS: [string, Minor][] = [];

/**
 * Turns the settled run into the result (SPEC §7): dispersion books each application's saving
 * on units (SPEC §8), then lines, totals, outcomes for every promotion in bundle order and the
 * entered codes' statuses. All money leaves as decimal strings.
 */
export function buildResult(run: Run): EvaluationResult {
  const { ctx } = run;
  const c = ctx.currency;
  const money = (m: Minor): string => formatMoney(m, c);
  // The order's units as runs that share a state, so each run has one base price.
  const runs: BookingRun[] = [];
  forEachUnitPiece(run, (u, s) => runs.push({ unit: u, base: baseOf(u, s) }));
  const discountable: UnitRange[] = run.lines.filter((u) => !u.manualPrice).map((u) => ({ from: u.index, to: u.index + u.count }));
  const booked = disperse(
    run.apps.map((a) => ({ used: a.used, rewarded: a.rewarded, saving: a.saving, savings: a.savings, choice: a.choice, copies: a.copies })),
    { runs, discountable },
  );

  // Stretches of units with one outcome: cut wherever a base run, a booking or a clipped range
  // starts or ends; each stretch then gets each promotion's amount per unit, in decision order.
  const cuts = new Set<number>([run.state.size]);
  for (const r of runs) cuts.add(r.unit.index);
  run.apps.forEach((a, k) => {
    for (const s of booked[k]!) { cuts.add(s.from); cuts.add(s.to); }
    if (a.clipped > 0n) for (const r of a.rewarded) { cuts.add(r.from); cuts.add(r.to); }
  });
  const bounds = [...cuts].sort((a, b) => a - b);
  const stretchOf = (i: number): number => lastAtMost(bounds, i);
  // Per stretch, [promotion, amount] in decision order (a list: most stretches hold one or two).
  const perStretch: ([string, Minor][] | undefined)[] = new Array<[string, Minor][] | undefined>(bounds.length);
  const clippedStretch: boolean[] = new Array<boolean>(bounds.length).fill(false);
  run.apps.forEach((a, k) => {
    for (const s of booked[k]!) {
      for (let j = stretchOf(s.from); bounds[j]! < s.to; j++) {
        let m = perStretch[j];
        if (m === undefined) perStretch[j] = m = [];
        const known = m.find((e) => e[0] === a.promotion.id);
        if (known === undefined) m.push([a.promotion.id, s.amount]);
        else known[1] += s.amount;
      }
    }
    if (a.clipped > 0n) for (const r of a.rewarded) for (let j = stretchOf(r.from); bounds[j]! < r.to; j++) clippedStretch[j] = true;
  });

  let gross = 0n;
  let customerPriceSaving = 0n;
  let promotionSaving = 0n;
  let next = 0;
  const lines: LineResult[] = ctx.order.lines.map((line, lineIndex) => {
    let lGross = 0n;
    let lCustomer = 0n;
    let lPromo = 0n;
    const first = run.lineStart[lineIndex]!;
    const end = run.lineStart[lineIndex + 1]!;
    // Stretches in unit order; one with the same outcome as the one before it extends its run.
    const raws: { raw: RawUnit; count: number }[] = [];
    while (next < runs.length && runs[next]!.unit.index < end) {
      const { unit: u, base } = runs[next]!;
      for (let j = stretchOf(u.index); bounds[j]! < u.index + u.count; j++) {
        const n = Math.min(bounds[j + 1] ?? u.index + u.count, u.index + u.count) - bounds[j]!;
        const mine = perStretch[j];
        let promo = 0n;
        let discounts: [string, Minor][] = NO_DISCOUNTS;
        if (mine !== undefined) {
          for (const e of mine) promo += e[1];
          discounts = mine.filter(([, a]) => a > 0n);
        }
        const count = BigInt(n);
        lGross += u.price * count;
        lCustomer += (u.price - base) * count;
        lPromo += promo * count;
        const raw: RawUnit = { unit: bounds[j]! - first, price: u.price, customerPrice: u.customerPrice, discounts, net: base - promo, clipped: clippedStretch[j]! };
        const last = raws[raws.length - 1];
        if (last !== undefined && sameRaw(last.raw, raw)) last.count += n;
        else raws.push({ raw, count: n });
      }
      next++;
    }
    const unitResults: UnitResult[] = raws.map(({ raw, count }) => ({
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
  /** Index inside its line of the first unit (not part of the outcome). */
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
  const times = g.applications === 1 ? 'once' : `${formatCount(g.applications)} times`;
  const note = g.notes.length === 0 ? '' : ` (${g.notes.join('; ')})`;
  return { promotionId: id, status: 'applied', saving: money(saving), applications: g.applications, message: `Applied ${times}, saving ${money(saving)}${note}.` };
}
