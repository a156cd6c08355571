import { isRateReward, type Threshold } from '../../domain/rule.ts';
import { tryParseMoney } from '../../domain/money.ts';
import { promotionLabel, type SemanticContext } from './context.ts';

/** The editor suggests at most this many tiers (SPEC §4.1); more is allowed but flagged. */
export const SUGGESTED_MAX_TIERS = 3;

/**
 * Item-deal tiers (SPEC §4.1): one threshold kind, strictly increasing thresholds, and one reward
 * family (rates make tiers ranges, money makes them exact bundles, so they cannot be mixed).
 * Sliding-discount steps must increase too.
 */
export function tiers(ctx: SemanticContext): void {
  const currency = ctx.bundle.currency;
  ctx.bundle.promotions.forEach((p, i) => {
    const rule = p.rule;
    const rulePath = ['promotions', i, 'rule'] as const;
    if (rule.kind === 'itemDeal') {
      const kinds = new Set(rule.tiers.map((t) => t.threshold.kind));
      if (kinds.size > 1) {
        ctx.report(
          'tiers-mixed-threshold-kinds',
          `promotion ${promotionLabel(p)} mixes threshold kinds (${[...kinds].join(', ')}); every tier must use the same one`,
          [...rulePath, 'tiers'],
        );
      } else {
        for (let k = 1; k < rule.tiers.length; k++) {
          const prev = thresholdValue(rule.tiers[k - 1]!.threshold, currency);
          const cur = thresholdValue(rule.tiers[k]!.threshold, currency);
          if (prev !== undefined && cur !== undefined && cur <= prev) {
            ctx.report(
              'tiers-not-increasing',
              `promotion ${promotionLabel(p)}: tier ${k + 1} threshold must be greater than tier ${k}'s`,
              [...rulePath, 'tiers', k, 'threshold'],
            );
          }
        }
      }
      const families = new Set(rule.tiers.map((t) => (isRateReward(t.reward) ? 'rate' : 'money')));
      if (families.size > 1) {
        ctx.report(
          'tiers-mixed-reward-families',
          `promotion ${promotionLabel(p)} mixes percent/free rewards with money rewards across tiers`,
          [...rulePath, 'tiers'],
        );
      }
      if (rule.tiers.length > SUGGESTED_MAX_TIERS) {
        ctx.report(
          'tiers-more-than-suggested',
          `promotion ${promotionLabel(p)} has ${rule.tiers.length} tiers; customers follow at most ${SUGGESTED_MAX_TIERS} easily`,
          [...rulePath, 'tiers'],
          'warning',
        );
      }
    }
    if (rule.kind === 'slidingDiscount') {
      let prev: bigint | undefined;
      rule.steps.forEach((s, k) => {
        const path = [...rulePath, 'steps', k, 'from'];
        const value = stepValue(s.from, rule.basis, currency);
        if (value === undefined) {
          const expected = rule.basis === 'amount' ? `an amount in ${currency}` : 'a whole count';
          ctx.report('sliding-step-invalid', `step "from" ${JSON.stringify(s.from)} is not ${expected}`, path);
        } else {
          if (prev !== undefined && value <= prev) {
            ctx.report('tiers-not-increasing', `promotion ${promotionLabel(p)}: step ${k + 1} must start above step ${k}`, path);
          }
          prev = value;
        }
      });
    }
  });
}

/** Comparable magnitude of a threshold; undefined when an amount cannot be read (reported elsewhere). */
function thresholdValue(t: Threshold, currency: string): bigint | undefined {
  if (t.kind === 'spendsAtLeast') {
    const m = tryParseMoney(t.amount, currency);
    return m.ok ? m.minor : undefined;
  }
  return BigInt(t.quantity);
}

function stepValue(from: string, basis: 'amount' | 'quantity', currency: string): bigint | undefined {
  if (basis === 'quantity') return /^\d+$/.test(from) ? BigInt(from) : undefined;
  const m = tryParseMoney(from, currency);
  return m.ok ? m.minor : undefined;
}
