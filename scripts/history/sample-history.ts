/**
 * The sample order history (public/samples/order-history.csv): three months (February to April
 * 2026) of orders at the sample workspace's Northwind Market, generated deterministically from the
 * sample bundle so it shows something on first start. What it is built to show:
 * - club customers (segment `club`) shopping weekly through the $15 monthly allowance of
 *   `club-monthly-treat`: capped, exhausted, refilled on the 1st;
 * - Mara and Eleanor (loyalty members) spending $100+ often, so `spend-100-next-visit` reaches
 *   its 4 uses per customer;
 * - VIP customers coming back for `vip-pick-a-gift` (once per customer), new customers entering
 *   WELCOME15 a second time (once per customer);
 * - coupon codes valid, exhausted and mistyped; the Queen St tote running towards its total limit.
 * Deterministic: a seeded PRNG, no clock.
 */
import type { Bundle, Order, OrderInput } from '../../src/domain/index.ts';
import { formatMoney, OrderSchema, parseMoney } from '../../src/domain/index.ts';
import { historyCsvHeader, orderToCsvRows } from '../../src/history/index.ts';
import { makeRng } from '../sample/rng.ts';
import { torontoInstant } from '../sample/local-time.ts';

export const SAMPLE_HISTORY_FILE = 'public/samples/order-history.csv';
const SEED = 20260201;
const FIRST_DAY = Date.UTC(2026, 1, 1);
const DAYS = 89; // 1 February to 30 April
const ORDERS_PER_DAY = 28;

const CATEGORY_WEIGHTS: readonly (readonly [string, number])[] = [
  ['grocery', 5], ['snacks', 3], ['beverages', 3], ['bakery', 3], ['household', 3], ['personal-care', 2],
  ['apparel', 1], ['toys', 1], ['electronics-accessories', 1],
];

interface Shopper {
  readonly id: string;
  readonly segments: readonly string[];
  /** Relative chance of being the customer of an order. */
  readonly weight: number;
  /** Lines per order are drawn from 1..maxLines; big spenders buy more. */
  readonly maxLines: number;
}

/** The five sample customers shop often; 160 generated customers, every fourth in the club, every twelfth VIP. */
function shoppers(bundle: Bundle): Shopper[] {
  const known: Shopper[] = bundle.customers.map((c) => ({
    id: c.id, segments: [], weight: c.roles.includes('loyalty-member') ? 12 : 5, maxLines: c.roles.includes('loyalty-member') ? 9 : 5,
  }));
  const generated: Shopper[] = Array.from({ length: 160 }, (_, i) => {
    const n = i + 1;
    const segments = [...(n % 4 === 0 ? ['club'] : []), ...(n % 12 === 0 ? ['vip'] : [])];
    return { id: `c-${2000 + n}`, segments, weight: segments.includes('club') ? 3 : 1, maxLines: segments.includes('club') ? 8 : 5 };
  });
  return [...known, ...generated];
}

function pickWeighted<T>(next: () => number, items: readonly T[], weight: (t: T) => number): T {
  const total = items.reduce((s, t) => s + weight(t), 0);
  let x = next() * total;
  for (const t of items) {
    x -= weight(t);
    if (x < 0) return t;
  }
  return items[items.length - 1]!;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The sample history's orders, in time order. */
export function sampleHistoryOrders(bundle: Bundle): Order[] {
  const next = makeRng(SEED);
  const byCategory = new Map<string, Bundle['products'][number][]>();
  for (const p of bundle.products) {
    const category = String(p.attributes['category'] ?? '');
    if (p.price === undefined || !CATEGORY_WEIGHTS.some(([c]) => c === category)) continue;
    byCategory.set(category, [...(byCategory.get(category) ?? []), p]);
  }
  const people = shoppers(bundle);
  const ordersOf = new Map<string, number>();
  const orders: Order[] = [];
  let serial = 0;
  for (let d = 0; d < DAYS; d++) {
    const date = new Date(FIRST_DAY + d * 86_400_000);
    const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    const count = ORDERS_PER_DAY - 4 + Math.floor(next() * 9);
    const minutes = Array.from({ length: count }, () => 8 * 60 + Math.floor(next() * 14 * 60)).sort((a, b) => a - b);
    for (const minute of minutes) {
      serial++;
      const anonymous = next() < 0.3;
      const who = anonymous ? undefined : pickWeighted(next, people, (s) => s.weight);
      const previous = who === undefined ? 0 : (ordersOf.get(who.id) ?? 0);
      if (who !== undefined) ordersOf.set(who.id, previous + 1);
      const online = next() < 0.2;
      const lineCount = 1 + Math.floor(next() * (who?.maxLines ?? 4));
      const chosen = new Set<string>();
      const lines: OrderInput['lines'] = [];
      for (let l = 0; l < lineCount; l++) {
        const [category] = pickWeighted(next, CATEGORY_WEIGHTS, ([, w]) => w);
        const shelf = byCategory.get(category)!;
        const product = shelf[Math.floor(next() * shelf.length)]!;
        if (chosen.has(product.id)) continue;
        chosen.add(product.id);
        const quantity = category === 'snacks' || category === 'beverages' ? 1 + Math.floor(next() * 4) : 1 + Math.floor(next() * 2);
        const cents = parseMoney(product.price!, bundle.currency);
        // One line in twenty carries a customer price 10 % below the shelf price (integer cents).
        const customerPrice = next() < 0.05 ? formatMoney((cents * 9n) / 10n, bundle.currency) : undefined;
        lines.push({
          id: String(lines.length + 1), productId: product.id, quantity, unitPrice: product.price!,
          ...(customerPrice === undefined ? {} : { customerPrice }),
        });
      }
      const coupons = couponsFor(next, who, previous);
      const input: OrderInput = {
        id: `H-${String(serial).padStart(5, '0')}`,
        at: torontoInstant(`${day}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`),
        ...(online ? { channel: 'online', shipping: next() < 0.5 ? '9.99' : '4.99' } : { outlet: pickWeighted(next, OUTLETS, ([, w]) => w)[0] }),
        ...(coupons.length === 0 ? {} : { coupons }),
        ...(who === undefined ? {} : { customer: customerOf(bundle, who) }),
        lines,
      };
      orders.push(OrderSchema.parse(input));
    }
  }
  return orders;
}

const OUTLETS: readonly (readonly [string, number])[] = [['TOR-01', 4], ['TOR-02', 3], ['OTT-01', 2]];

/** WELCOME15 on a new customer's first order, now and then again later (refused: once per customer); other codes sometimes. */
function couponsFor(next: () => number, who: Shopper | undefined, previous: number): string[] {
  const x = next();
  if (who !== undefined && previous === 0 && x < 0.5) return ['WELCOME15'];
  if (who !== undefined && previous > 0 && x < 0.04) return ['WELCOME15'];
  if (x < 0.08) return ['SAVE5'];
  if (x < 0.1) return ['Summer10'];
  if (x < 0.105) return ['SAVE5-VIP'];
  if (x < 0.11) return ['save5'];
  return [];
}

/** Known customers are their bundle record; generated ones carry the segments the CSV gives them. */
function customerOf(bundle: Bundle, who: Shopper): NonNullable<OrderInput['customer']> {
  const known = bundle.customers.find((c) => c.id === who.id);
  return known !== undefined ? structuredClone(known) as NonNullable<OrderInput['customer']> : { id: who.id, segments: [...who.segments] };
}

/** The sample history as the CSV file ships it. */
export function sampleHistoryCsv(bundle: Bundle): string {
  return historyCsvHeader() + sampleHistoryOrders(bundle).map(orderToCsvRows).join('');
}
