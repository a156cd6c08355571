import { getIn } from '../schema-form/json-edit.ts';

/**
 * What an item deal's tiers mean, in words (SPEC §4.1): rate rewards make tiers ranges, money
 * rewards make them exact bundles. Shown beside the tier editor so the analyst sees which one
 * the current rewards give.
 * @example tierMeaning({ rule: { kind: 'itemDeal', tiers: [{ reward: { kind: 'percent' } }, …] } })
 *   // 'Percent rewards: the tiers are ranges — the highest threshold reached sets the rate for every unit.'
 */
export function tierMeaning(promotion: unknown): string | undefined {
  if (getIn(promotion, ['rule', 'kind']) !== 'itemDeal') return undefined;
  const tiers = getIn(promotion, ['rule', 'tiers']);
  if (!Array.isArray(tiers) || tiers.length === 0) return undefined;
  const kinds = tiers.map((t) => getIn(t, ['reward', 'kind']));
  const rate = kinds.every((k) => k === 'percent' || k === 'free');
  const money = kinds.every((k) => k !== 'percent' && k !== 'free');
  const many = tiers.length > 1;
  if (rate) {
    return many
      ? 'Percent rewards: the tiers are ranges — the highest threshold reached sets the rate for every unit of the application.'
      : 'Percent reward: one rate for every rewarded unit.';
  }
  if (money) {
    return many
      ? 'Money rewards: the tiers are exact bundles — the units are split into tier-sized sets that save the most; ties use fewer units, then the higher tier.'
      : 'Money reward: each application is one set of exactly the threshold.';
  }
  return 'Mixed percent and money rewards: percent tiers act as ranges, money tiers as exact bundles; the best deal picks per application.';
}
