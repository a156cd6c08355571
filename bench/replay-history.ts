/**
 * Deterministic inputs of the replay benchmark: a bundle of 30 promotions over a 500-product
 * catalog (item deals per category, spend thresholds, order discounts with per-customer limits,
 * monthly budgets for a club segment, sliding discounts) and an order-history CSV written
 * straight to a file, row by row, so generating a million lines holds no orders in memory.
 */
import { createWriteStream } from 'node:fs';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type BundleInput, type PromotionInput } from '../src/domain/index.ts';
import { historyCsvHeader } from '../src/history/index.ts';
import { makeRng } from '../scripts/sample/rng.ts';

const CATEGORIES = ['grocery', 'dairy', 'bakery', 'snacks', 'drinks', 'household', 'care', 'apparel', 'toys', 'electronics'];
const PRODUCTS_PER_CATEGORY = 50;

const inCategory = (c: string) => ({ kind: 'filter', filter: { kind: 'attr', attribute: 'category', op: 'eq', value: c } }) as const;

/** 30 promotions; none is promotion-wide, so the history shards by customer. */
export function benchBundle(): BundleInput {
  const products = CATEGORIES.flatMap((c, ci) => Array.from({ length: PRODUCTS_PER_CATEGORY }, (_, i) => ({
    id: `p${ci}-${i}`, name: `${c} ${i}`, price: `${1 + ((ci * 7 + i * 3) % 30)}.${['00', '49', '99'][i % 3]}`,
    attributes: { category: c, brand: `brand-${ci}-${i % 5}` },
  })));
  const promotions: PromotionInput[] = [];
  CATEGORIES.forEach((c, ci) => {
    promotions.push({ id: `b3g1-${c}`, name: `Buy 3 ${c}, cheapest free`, priority: 1, rule: { kind: 'itemDeal', selection: { qualifying: inCategory(c) }, target: 'cheapestQualifying', tiers: [{ threshold: { kind: 'buys', quantity: 3 }, reward: { kind: 'free' } }] } });
    if (ci < 8) promotions.push({ id: `pct-${c}`, name: `10 % off brand-${ci}-0`, priority: 2, rule: { kind: 'itemDeal', selection: { qualifying: { kind: 'filter', filter: { kind: 'attr', attribute: 'brand', op: 'eq', value: `brand-${ci}-0` } } }, target: 'allQualifying', tiers: [{ threshold: { kind: 'buysAtLeast', quantity: 1 }, reward: { kind: 'percent', percent: '10' } }] } });
    if (ci < 5) promotions.push({ id: `spend-${c}`, name: `Spend 40 on ${c}, 5 off`, priority: 2, rule: { kind: 'itemDeal', selection: { qualifying: inCategory(c) }, target: 'allQualifying', tiers: [{ threshold: { kind: 'spendsAtLeast', amount: '40.00' }, reward: { kind: 'setAmountOff', amount: '5.00' } }] } });
  });
  promotions.push(
    { id: 'spend-100', name: 'Spend 100, 10 % up to 20', priority: 3, conditions: { kind: 'leaf', field: 'subtotal', op: 'gte', value: '100.00' }, rule: { kind: 'orderDiscount', reward: { kind: 'percent', percent: '10' }, maxDiscount: '20.00' }, limits: { maxUsesPerCustomer: 3 } },
    { id: 'spend-60', name: 'Spend 60, 4 off', priority: 3, conditions: { kind: 'leaf', field: 'subtotal', op: 'gte', value: '60.00' }, rule: { kind: 'orderDiscount', reward: { kind: 'amountOff', amount: '4.00' } }, limits: { maxUsesPerCustomer: 5 } },
    { id: 'club-5', name: 'Club 5 %, 10 a month', priority: 3, scope: { customers: [{ kind: 'leaf', field: 'segments', op: 'contains', value: 'club' }] }, rule: { kind: 'orderDiscount', reward: { kind: 'percent', percent: '5' } }, limits: { budget: { amount: '10.00', reload: 'startOfMonth' } } },
    { id: 'club-drinks', name: 'Club drinks 20 %, 15 a month', priority: 2, scope: { customers: [{ kind: 'leaf', field: 'segments', op: 'contains', value: 'club' }] }, rule: { kind: 'itemDeal', selection: { qualifying: inCategory('drinks') }, target: 'allQualifying', tiers: [{ threshold: { kind: 'buysAtLeast', quantity: 2 }, reward: { kind: 'percent', percent: '20' } }] }, limits: { budget: { amount: '15.00', reload: 'startOfMonth' } } },
    { id: 'sliding-qty', name: 'More items, more off', priority: 4, rule: { kind: 'slidingDiscount', basis: 'quantity', steps: [{ from: '8', reward: { kind: 'percent', percent: '2' } }, { from: '12', reward: { kind: 'percent', percent: '4' } }] } },
    { id: 'sliding-amount', name: 'Big baskets', priority: 4, rule: { kind: 'slidingDiscount', basis: 'amount', steps: [{ from: '150.00', reward: { kind: 'amountOff', amount: '5.00' } }, { from: '250.00', reward: { kind: 'amountOff', amount: '12.00' } }] } },
    { id: 'online-ship', name: 'Free delivery over 50', priority: 5, scope: { channels: ['online'] }, conditions: { kind: 'leaf', field: 'subtotal', op: 'gte', value: '50.00' }, rule: { kind: 'shippingDiscount', reward: { kind: 'free' } } },
  );
  if (promotions.length !== 30) throw new Error(`bench bundle has ${promotions.length} promotions, expected 30`);
  return { format: BUNDLE_FORMAT, formatVersion: BUNDLE_FORMAT_VERSION, name: 'Replay benchmark', currency: 'USD', timeZone: 'America/Toronto', products, promotions };
}

/**
 * Writes `lines` order lines (about lines ÷ 5 orders; 1–9 lines each) of 20,000 customers over
 * 90 days from 1 January 2026 (UTC-5 offsets throughout: January to March in Toronto, before
 * daylight saving time starts on 8 March, is close enough for a benchmark and stays valid).
 * @example await writeBenchHistory('/tmp/h.csv', 1_000_000, benchBundle()) // { orders: 200_0xx, lines: 1_000_000 }
 */
export async function writeBenchHistory(path: string, lines: number, bundle: BundleInput): Promise<{ orders: number; lines: number }> {
  const next = makeRng(7);
  const products = bundle.products ?? [];
  const out = createWriteStream(path, { encoding: 'utf8' });
  const write = (text: string): Promise<void> => new Promise((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)));
  await write(historyCsvHeader());
  let written = 0;
  let orders = 0;
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  while (written < lines) {
    orders++;
    const n = Math.min(lines - written, 1 + Math.floor(next() * 9));
    const t = Math.floor((orders / (lines / 5)) * 90 * 86_400) + Math.floor(next() * 600);
    const day = 1 + Math.floor(t / 86_400);
    const date = new Date(Date.UTC(2026, 0, day));
    const sec = t % 86_400;
    const at = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(Math.floor(sec / 3600))}:${pad(Math.floor(sec / 60) % 60)}:${pad(sec % 60)}-05:00`;
    const anonymous = next() < 0.2;
    const customer = anonymous ? '' : `c${1 + Math.floor(next() * 20_000)}`;
    const club = !anonymous && Number(customer.slice(1)) % 5 === 0 ? 'club' : '';
    const online = next() < 0.15;
    let text = '';
    for (let i = 0; i < n; i++) {
      const p = products[Math.floor(next() * products.length)]!;
      const q = 1 + Math.floor(next() * 3);
      const first = i === 0;
      // orderId,at,customerId,customerSegments,outlet,channel,orderType,shipping,coupons,lineId,productId,quantity,unitPrice,customerPrice,taxRate
      text += `B${orders},${first ? at : ''},${first ? customer : ''},${first ? club : ''},${first && !online ? `S${1 + (orders % 12)}` : ''},${first ? (online ? 'online' : 'inStore') : ''},,${first && online ? '6.99' : ''},,${i + 1},${p.id},${q},${p.price},,\n`;
    }
    written += n;
    await write(text);
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return { orders, lines: written };
}
