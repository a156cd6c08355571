import type { Bundle, EvaluationResult, PromotionInput } from '../../src/domain/index.ts';
import { bundleOf } from './engine-factories.ts';

/** The SPEC §9 sample, verbatim: the one copy the sample workspace ships. */
export { QA_DISPERSION_SOURCE as QA_DISPERSION_SCRIPT } from '../../scripts/sample/library-scripts.ts';

export interface ScriptSpec {
  readonly id: string;
  readonly source: string;
  readonly extensionPoint?: 'DiscountFinancialDispersion' | 'DiscountCondition';
}

/** A test bundle with a script library; the extension point is read from the script's `extend` line unless given. */
export function bundleWithScripts(promotions: readonly PromotionInput[], scripts: readonly ScriptSpec[]): Bundle {
  return bundleOf(promotions, {
    scripts: scripts.map((s) => ({
      id: s.id, name: s.id, source: s.source,
      extensionPoint: s.extensionPoint ?? (s.source.startsWith('extend DiscountCondition') ? 'DiscountCondition' : 'DiscountFinancialDispersion'),
    })),
  });
}

/** A customer whose only feature is one custom field. */
export const customerWith = (fields: Record<string, string>, extra: Record<string, unknown> = {}) =>
  ({ id: 'c-1', customFields: fields, ...extra });

/** Booked saving per unit, `lineId#unit → amount`, for one promotion (units without a booking are left out). */
export function bookings(result: EvaluationResult, promotionId: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of result.lines) {
    for (const u of line.units) {
      const d = u.discounts.find((x) => x.promotionId === promotionId);
      if (d !== undefined && d.amount !== '0.00') out[`${line.lineId}#${u.unit}`] = d.amount;
    }
  }
  return out;
}

/** The outcome of one promotion. */
export const outcomeOf = (result: EvaluationResult, promotionId: string) => result.promotions.find((p) => p.promotionId === promotionId);
