import type { Bundle, EvaluationResult } from '../domain/index.ts';

/**
 * A plain-text account of a result a person can follow: one line per promotion (✓ applied with
 * its saving and why, plus a line when its budget capped it; ✗ with the reason sentence and what
 * is missing), the entered codes, each
 * line's discounts, gifts and issued codes, then the totals.
 * @example explain(evaluate(bundle, order), bundle).split('\n')[0] // 'Order o-1 (USD)'
 */
export function explain(result: EvaluationResult, bundle: Bundle): string {
  const out: string[] = [];
  const nameOf = (id: string): string => {
    const p = bundle.promotions.find((x) => x.id === id);
    return p === undefined ? id : `${p.name} [${id}]`;
  };
  out.push(`Order ${result.orderId} (${result.currency})${result.optimal ? '' : ` — best deal not proven optimal (bound ${result.bound ?? '?'})`}`);
  out.push('', 'Promotions:');
  for (const o of result.promotions) {
    if (o.status === 'applied') {
      out.push(`  ✓ ${nameOf(o.promotionId)}: −${o.saving} — ${o.message}`);
      const cuts = result.applications.flatMap((a) => (a.promotionId === o.promotionId && a.budgetCapped !== undefined ? [a.budgetCapped] : []));
      if (cuts.length > 0) out.push(`    budget capped: the remaining balance gave ${o.saving}, ${sumDecimal(cuts)} less than the full reward`);
    } else out.push(`  ✗ ${nameOf(o.promotionId)}: ${o.reason} — ${o.message}${o.missing === undefined ? '' : ` (${o.missing})`}`);
  }
  if (result.coupons.length > 0) {
    out.push('', 'Codes:');
    for (const c of result.coupons) out.push(`  ${JSON.stringify(c.code)}: ${c.status} — ${c.message}`);
  }
  out.push('', 'Lines:');
  for (const l of result.lines) {
    out.push(`  ${l.lineId} ${l.quantity} × ${l.productId}: gross ${l.gross}, net ${l.net}`);
    if (l.customerPriceSaving !== zeroLike(l.customerPriceSaving)) out.push(`    customer price saves ${l.customerPriceSaving}`);
    // Per promotion, its amount on each run of units ("2.50 × 3" for three units at 2.50).
    const per = new Map<string, { amount: string; count: number }[]>();
    for (const u of l.units) {
      for (const d of u.discounts) {
        const runs = per.get(d.promotionId) ?? [];
        per.set(d.promotionId, runs);
        const last = runs[runs.length - 1];
        if (last !== undefined && last.amount === d.amount) last.count += u.count;
        else runs.push({ amount: d.amount, count: u.count });
      }
    }
    for (const [id, runs] of per) {
      const n = runs.reduce((a, r) => a + r.count, 0);
      const shown = runs.map((r) => (r.count === 1 ? r.amount : `${r.amount} × ${r.count}`)).join(', ');
      out.push(`    −${sumDecimal(runs)} ${nameOf(id)} (${n} unit${n === 1 ? '' : 's'}: ${shown})`);
    }
  }
  for (const g of result.gifts) out.push(`  gift: ${g.quantity} × ${g.productId} at ${g.unitPrice} from ${nameOf(g.promotionId)}`);
  for (const c of result.issuedCoupons) out.push(`  issued code ${c.code} for ${nameOf(c.promotionId)}${c.customerId === undefined ? '' : ` (customer ${c.customerId})`}`);
  if (result.pointsSpent > 0) out.push(`  points spent: ${result.pointsSpent}`);
  const t = result.totals;
  out.push('', 'Totals:');
  out.push(`  gross ${t.gross}`, `  customer prices −${t.customerPriceSaving}`, `  promotions −${t.promotionSaving}`, `  net ${t.net}`);
  out.push(`  shipping ${t.shipping}${t.shippingDiscount === zeroLike(t.shippingDiscount) ? '' : ` −${t.shippingDiscount}`}`, `  to pay ${t.toPay}`);
  return out.join('\n');
}

const zeroLike = (s: string): string => s.replace(/\d/g, '0');

/** Adds decimal strings of one currency exactly (same number of decimals), each `count` times (default once). */
function sumDecimal(values: readonly (string | { readonly amount: string; readonly count: number })[]): string {
  const first = values[0];
  const decimals = (typeof first === 'string' ? first : first?.amount)?.split('.')[1]?.length ?? 0;
  let total = 0n;
  for (const v of values) total += typeof v === 'string' ? BigInt(v.replace('.', '')) : BigInt(v.amount.replace('.', '')) * BigInt(v.count);
  const s = total.toString().padStart(decimals + 1, '0');
  return decimals === 0 ? s : `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}
