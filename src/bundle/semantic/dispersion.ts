import type { SemanticContext } from './context.ts';

/** Rules whose saving is not booked on order units: dispersion means nothing for them. */
const NO_UNIT_SAVING: ReadonlySet<string> = new Set(['shippingDiscount', 'getProduct', 'pickProduct', 'generateCoupon', 'loyaltyCode']);

/**
 * Dispersion (SPEC §8) must be decidable: a script decides both choices, so it excludes fixed
 * values; "non-rewarded units of the set" (product 2) is empty when every unit is rewarded; and
 * rules that book no saving on units ignore dispersion (a warning, the value is harmless).
 */
export function dispersion(ctx: SemanticContext): void {
  ctx.bundle.promotions.forEach((p, i) => {
    const d = p.dispersion;
    if (!d) return;
    const path = ['promotions', i, 'dispersion'];
    if (d.scriptId !== undefined && (d.financial !== undefined || d.product !== undefined)) {
      ctx.report(
        'dispersion-script-conflict',
        `promotion ${p.id} names a dispersion script and fixed dispersion values; the script decides both, remove the values`,
        path,
      );
    }
    if (NO_UNIT_SAVING.has(p.rule.kind)) {
      ctx.report('dispersion-not-applicable', `promotion ${p.id}: a ${p.rule.kind} rule books no saving on units, dispersion is ignored`, path, 'warning');
      return;
    }
    if (d.product === 2) {
      const everyUnitRewarded =
        p.rule.kind !== 'itemDeal' || p.rule.target === 'allQualifying' || p.rule.target === 'allBenefit';
      if (everyUnitRewarded) {
        ctx.report(
          'dispersion-product-empty',
          `promotion ${p.id}: product dispersion 2 books on non-rewarded units, but this rule rewards every unit it covers`,
          [...path, 'product'],
        );
      }
    }
  });
}
