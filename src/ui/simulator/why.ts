/**
 * The "Why" panel's rows: every promotion of the bundle, applied or not, with the engine's reason
 * code, sentence and near miss. Near misses are ranked by the engine's `shortfall` (data, never the
 * `missing` sentence), and promotions that nothing in the basket counts toward are folded away.
 * Pure, so ranking and folding are tested without a DOM.
 */
import type { Bundle } from '../../domain/bundle.ts';
import { tryParseMoney } from '../../domain/money.ts';
import type { EvaluationResult, ReasonCode, Shortfall } from '../../domain/result.ts';
import { basketTouches, countingProducts, type CountingProducts } from './counting-products.ts';

/** `relevant`: applied, near misses and everything the basket touches; `all` adds the folded rest. */
export type WhyFilter = 'relevant' | 'applied' | 'nearMiss' | 'all';

export type WhyRow =
  | { readonly kind: 'applied'; readonly promotionId: string; readonly name: string; readonly saving: string; readonly applications: number; readonly message: string }
  | {
      readonly kind: 'notApplied';
      readonly promotionId: string;
      readonly name: string;
      readonly reason: ReasonCode;
      readonly message: string;
      readonly observed?: string;
      /** What would make it apply ("add 1 more qualifying item"): a near miss. */
      readonly missing?: string;
      readonly shortfall?: Shortfall;
      /** The products that would count toward it (shown for near misses). */
      readonly counting: CountingProducts;
      /** Something in the basket counts toward it; false rows are folded under "Show all". */
      readonly touched: boolean;
    };

type NotAppliedRow = Extract<WhyRow, { kind: 'notApplied' }>;

const held = (s: Shortfall | undefined, currency: string): boolean => {
  if (s === undefined) return true;
  if (s.kind !== 'amount') return s.have > 0;
  const m = tryParseMoney(s.have, currency);
  return m.ok && m.minor > 0n;
};

/**
 * One row per promotion in bundle order (the result's order), named from the bundle.
 * @example whyRows(result, bundle)[0] // { kind: 'applied', name: 'Snacks: buy 2 get 1', saving: '1.99', … }
 */
export function whyRows(result: EvaluationResult, bundle: Bundle): WhyRow[] {
  const promotions = new Map(bundle.promotions.map((p) => [p.id, p] as const));
  const inBasket = result.lines.map((l) => l.productId);
  return result.promotions.map((o) => {
    const promotion = promotions.get(o.promotionId);
    const name = promotion?.name ?? o.promotionId;
    if (o.status === 'applied') {
      return { kind: 'applied', promotionId: o.promotionId, name, saving: o.saving, applications: o.applications, message: o.message };
    }
    const counting: CountingProducts =
      promotion === undefined ? { kind: 'any' } : countingProducts(promotion, bundle, o.reason === 'noBenefitProduct' ? 'benefit' : 'qualifying');
    // A benefit product is what is missing, so the basket is judged by its qualifying products.
    const touchedBy = o.reason === 'noBenefitProduct' && promotion !== undefined ? countingProducts(promotion, bundle) : counting;
    return {
      kind: 'notApplied', promotionId: o.promotionId, name, reason: o.reason, message: o.message,
      ...(o.observed === undefined ? {} : { observed: o.observed }),
      ...(o.missing === undefined ? {} : { missing: o.missing }),
      ...(o.shortfall === undefined ? {} : { shortfall: o.shortfall }),
      counting,
      touched: basketTouches(touchedBy, inBasket) && (o.reason === 'noBenefitProduct' || held(o.shortfall, result.currency)),
    };
  });
}

/** A promotion that did not apply, says what is missing, and that the basket already counts toward. */
export const isNearMiss = (row: WhyRow): row is NotAppliedRow => row.kind === 'notApplied' && row.missing !== undefined && row.touched;

/** Folded under "Show all": not applied, and nothing in the basket counts toward it. */
export const isFolded = (row: WhyRow): boolean => row.kind === 'notApplied' && !row.touched;

// Fewest items first, then fewest participants, then least money, then points; a near miss with
// no measurable shortfall (a missing staff permission) comes last. Units are not mixed: an item
// and a dollar are not comparable, so the kind decides before the size.
const KIND_ORDER: readonly Shortfall['kind'][] = ['items', 'participants', 'amount', 'points'];

function size(s: Shortfall, currency: string): bigint {
  if (s.kind !== 'amount') return BigInt(s.missing);
  const m = tryParseMoney(s.missing, currency);
  return m.ok ? m.minor : 0n;
}

/**
 * Near misses closest first (see KIND_ORDER); ties keep bundle order.
 * @example rankNearMisses(rows, 'USD').map((r) => r.missing) // ['add 1 more qualifying item', 'add 2 more …', 'spend 0.50 more']
 */
export function rankNearMisses(rows: readonly WhyRow[], currency: string): NotAppliedRow[] {
  const kindOf = (r: NotAppliedRow): number => (r.shortfall === undefined ? KIND_ORDER.length : KIND_ORDER.indexOf(r.shortfall.kind));
  return rows.filter(isNearMiss).sort((a, b) => {
    const k = kindOf(a) - kindOf(b);
    if (k !== 0 || a.shortfall === undefined || b.shortfall === undefined) return k;
    const d = size(a.shortfall, currency) - size(b.shortfall, currency);
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  });
}

/**
 * The rows a filter shows, in display order: applied, near misses ranked, the other rows the
 * basket touches, and (for `all` only) the folded rest.
 * @example filterWhy(rows, 'nearMiss', 'USD').every(isNearMiss) // true
 */
export function filterWhy(rows: readonly WhyRow[], filter: WhyFilter, currency: string): WhyRow[] {
  const applied = rows.filter((r) => r.kind === 'applied');
  const near = rankNearMisses(rows, currency);
  if (filter === 'applied') return applied;
  if (filter === 'nearMiss') return near;
  const others = rows.filter((r) => r.kind === 'notApplied' && r.touched && !isNearMiss(r));
  const relevant = [...applied, ...near, ...others];
  return filter === 'all' ? [...relevant, ...rows.filter(isFolded)] : relevant;
}

/** Counts for the filter buttons and the "Show all (N)" fold. */
export function whyCounts(rows: readonly WhyRow[]): Readonly<Record<WhyFilter | 'folded', number>> {
  const folded = rows.filter(isFolded).length;
  return {
    relevant: rows.length - folded,
    applied: rows.filter((r) => r.kind === 'applied').length,
    nearMiss: rows.filter(isNearMiss).length,
    all: rows.length,
    folded,
  };
}

/**
 * "Chips, Nuts, Pretzels and 4 more" / "any product".
 * @example countingText({ kind: 'some', ids, names: ['Chips'], more: 0 }) // 'Chips'
 */
export function countingText(c: CountingProducts): string {
  if (c.kind === 'any') return 'any product';
  if (c.names.length === 0) return 'no product in the catalog';
  const list = c.names.length === 1 ? c.names[0]! : `${c.names.slice(0, -1).join(', ')}${c.more > 0 ? ', ' : ' and '}${c.names.at(-1)!}`;
  return c.more > 0 ? `${list} and ${c.more} more` : list;
}
