import type { Gift, Minor, Rule } from '../../domain/index.ts';
import { formatMoney, maxOf, parseMoney } from '../../domain/index.ts';
import type { EvalContext } from '../eligibility/types.ts';
import { fail, type DraftGift, type RewardInput, type RewardOutcome } from './types.ts';

type GetRule = Extract<Rule, { kind: 'getProduct' }>;
type PickRule = Extract<Rule, { kind: 'pickProduct' }>;

function giftLine(gift: Gift, ctx: EvalContext): DraftGift {
  const unitPrice = gift.price === undefined ? 0n : parseMoney(gift.price, ctx.currency);
  const catalog = ctx.products.get(gift.productId);
  const list: Minor = catalog === undefined ? unitPrice : parseMoney(catalog.price, ctx.currency);
  return { productId: gift.productId, quantity: gift.quantity, unitPrice, valuePerUnit: maxOf(list - unitPrice, 0n) };
}

/** SPEC §4.2 `getProduct`: adds the gift line (free, or at the gift's price). */
export function getProduct(rule: GetRule, input: RewardInput): RewardOutcome {
  return { ok: true, applications: [], gifts: [giftLine(rule.gift, input.ctx)], note: `adds ${rule.gift.quantity} × ${rule.gift.productId}` };
}

/**
 * SPEC §4.2 `pickProduct`: the highest tier whose `minOrder` the order's net subtotal at this
 * moment reaches offers its options; the default product is chosen when the tier offers it,
 * else the tier's first option (the order carries no customer choice).
 */
export function pickProduct(rule: PickRule, input: RewardInput): RewardOutcome {
  const { currency } = input.ctx;
  let best = -1;
  rule.tiers.forEach((t, i) => {
    const min = parseMoney(t.minOrder, currency);
    if (min <= input.netSubtotal && (best < 0 || min > parseMoney(rule.tiers[best]!.minOrder, currency))) best = i;
  });
  if (best < 0) {
    const lowest = rule.tiers.map((t) => parseMoney(t.minOrder, currency)).reduce((a, b) => (a < b ? a : b));
    const missing = `spend ${formatMoney(lowest - input.netSubtotal, currency)} more`;
    return fail('thresholdNotMet', `A gift needs an order of ${formatMoney(lowest, currency)}; the order is ${formatMoney(input.netSubtotal, currency)}: ${missing}.`, {
      observed: formatMoney(input.netSubtotal, currency), missing,
      shortfall: { kind: 'amount', missing: formatMoney(lowest - input.netSubtotal, currency), have: formatMoney(input.netSubtotal, currency) },
    });
  }
  const tier = rule.tiers[best]!;
  const chosen = tier.options.find((o) => o.productId === rule.defaultProductId) ?? tier.options[0]!;
  return { ok: true, applications: [], gifts: [giftLine(chosen, input.ctx)], note: `picks ${chosen.productId} (tier from ${tier.minOrder})` };
}
