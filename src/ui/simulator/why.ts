/**
 * The "Why" panel's rows: every promotion of the bundle, applied or not, with the engine's reason
 * code, sentence and near miss. Pure, so the filter is tested without a DOM.
 */
import type { Bundle } from '../../domain/bundle.ts';
import type { EvaluationResult, ReasonCode } from '../../domain/result.ts';

export type WhyFilter = 'applied' | 'nearMiss' | 'all';

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
    };

/**
 * One row per promotion in bundle order (the result's order), named from the bundle.
 * @example whyRows(result, bundle)[0] // { kind: 'applied', name: 'Snacks: buy 2 get 1', saving: '1.99', … }
 */
export function whyRows(result: EvaluationResult, bundle: Bundle): WhyRow[] {
  const names = new Map(bundle.promotions.map((p) => [p.id, p.name] as const));
  return result.promotions.map((o) => {
    const name = names.get(o.promotionId) ?? o.promotionId;
    if (o.status === 'applied') {
      return { kind: 'applied', promotionId: o.promotionId, name, saving: o.saving, applications: o.applications, message: o.message };
    }
    return {
      kind: 'notApplied', promotionId: o.promotionId, name, reason: o.reason, message: o.message,
      ...(o.observed === undefined ? {} : { observed: o.observed }),
      ...(o.missing === undefined ? {} : { missing: o.missing }),
    };
  });
}

/** A promotion that did not apply but says what is missing. */
export const isNearMiss = (row: WhyRow): boolean => row.kind === 'notApplied' && row.missing !== undefined;

/**
 * @example filterWhy(rows, 'nearMiss').every(isNearMiss) // true
 */
export function filterWhy(rows: readonly WhyRow[], filter: WhyFilter): WhyRow[] {
  if (filter === 'applied') return rows.filter((r) => r.kind === 'applied');
  if (filter === 'nearMiss') return rows.filter(isNearMiss);
  return [...rows];
}

/** Counts for the filter buttons. */
export function whyCounts(rows: readonly WhyRow[]): Readonly<Record<WhyFilter, number>> {
  return { applied: rows.filter((r) => r.kind === 'applied').length, nearMiss: rows.filter(isNearMiss).length, all: rows.length };
}
