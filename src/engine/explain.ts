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
    const per = new Map<string, number>();
    for (const u of l.units) for (const d of u.discounts) per.set(d.promotionId, (per.get(d.promotionId) ?? 0) + 1);
    for (const [id] of per) {
      const amounts = l.units.map((u) => u.discounts.find((d) => d.promotionId === id)?.amount).filter((a): a is string => a !== undefined);
      out.push(`    −${sumDecimal(amounts)} ${nameOf(id)} (${amounts.length} unit${amounts.length === 1 ? '' : 's'}: ${amounts.join(', ')})`);
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

/** Adds decimal strings of one currency exactly (same number of decimals). */
function sumDecimal(values: readonly string[]): string {
  const decimals = values[0]?.split('.')[1]?.length ?? 0;
  let total = 0n;
  for (const v of values) total += BigInt(v.replace('.', ''));
  const s = total.toString().padStart(decimals + 1, '0');
  return decimals === 0 ? s : `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}
