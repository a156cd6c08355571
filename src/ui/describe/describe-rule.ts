import type { ItemReward, PercentOrAmount, Rule, RuleKind, Threshold, Tier } from '../../domain/rule.ts';
import type { ItemDealRule } from '../../domain/rule.ts';
import type { DescribeContext } from './context.ts';
import { capitalize, formatAmount, formatPercent, listInWords, plural } from './format.ts';

const KIND_WORDS: Readonly<Record<RuleKind, string>> = {
  itemDeal: 'Item deal',
  orderDiscount: 'Order discount',
  slidingDiscount: 'Sliding discount',
  shippingDiscount: 'Shipping discount',
  getProduct: 'Free product',
  pickProduct: 'Pick a gift',
  ageDiscount: 'Age discount',
  combo: 'Combo per participant',
  multiPerson: 'Group discount',
  question: 'Question discount',
  fixedAmount: 'Fixed amount',
  percentage: 'Percentage',
  employee: 'Employee discount',
  generateCoupon: 'Issues a coupon',
  loyaltyCode: 'Loyalty code',
};

/** The rule kind as an analyst names it: `itemDeal` → "Item deal". */
export const ruleKindInWords = (kind: RuleKind): string => KIND_WORDS[kind];

function thresholdWords(t: Threshold, same: boolean, ctx: DescribeContext): string {
  const ofSame = same ? ' of the same' : '';
  switch (t.kind) {
    case 'buys': return `buy ${t.quantity}${ofSame}`;
    case 'buysAtLeast': return `buy at least ${t.quantity}${ofSame}`;
    case 'spendsAtLeast': return `spend at least ${formatAmount(t.amount, ctx.currency)}${same ? ' on the same product' : ''}`;
  }
}

function targetWords(rule: ItemDealRule): string {
  const n = rule.rewardCount;
  switch (rule.target) {
    case 'cheapestQualifying': return n === 1 ? 'cheapest' : `cheapest ${n}`;
    case 'cheapestBenefit': return n === 1 ? 'cheapest benefit item' : `${n} cheapest benefit items`;
    case 'allQualifying': return 'all';
    case 'allBenefit': return 'all benefit items';
  }
}

function itemRewardWords(r: ItemReward, ctx: DescribeContext): string {
  switch (r.kind) {
    case 'percent': return `${formatPercent(r.percent)} off`;
    case 'amountOff': return `${formatAmount(r.amount, ctx.currency)} off each`;
    case 'setAmountOff': return `${formatAmount(r.amount, ctx.currency)} off together`;
    case 'fixedTotal': return `for ${formatAmount(r.amount, ctx.currency)} together`;
    case 'unitPrice': return `at ${formatAmount(r.amount, ctx.currency)} each`;
    case 'free': return 'free';
  }
}

function tierWords(rule: ItemDealRule, tier: Tier, ctx: DescribeContext): string {
  const threshold = thresholdWords(tier.threshold, rule.combination === 'same', ctx);
  // "Buy 3 for $10.00" reads better than "Buy 3, all for $10.00 together".
  if (rule.target === 'allQualifying' && tier.reward.kind === 'fixedTotal') {
    return `${threshold} for ${formatAmount(tier.reward.amount, ctx.currency)}`;
  }
  if (rule.target === 'allQualifying' && tier.reward.kind === 'setAmountOff') {
    return `${threshold}, ${formatAmount(tier.reward.amount, ctx.currency)} off the set`;
  }
  // "Buy at least 1, all 15 % off" says less clearly what "every item 15 % off" says.
  const single = (tier.threshold.kind === 'buys' || tier.threshold.kind === 'buysAtLeast') && tier.threshold.quantity === 1;
  if (single && rule.target === 'allQualifying' && rule.combination === 'any') {
    return `every item ${itemRewardWords(tier.reward, ctx).replace(/ each$/, '')}`;
  }
  return `${threshold}, ${targetWords(rule)} ${itemRewardWords(tier.reward, ctx)}`;
}

function percentOrAmount(r: PercentOrAmount, ctx: DescribeContext): string {
  return r.kind === 'percent' ? `${formatPercent(r.percent)} off` : `${formatAmount(r.amount, ctx.currency)} off`;
}

function cap(max: string | undefined, ctx: DescribeContext, per = ''): string {
  return max === undefined ? '' : ` (at most ${formatAmount(max, ctx.currency)}${per})`;
}

/**
 * What a rule gives, in one sentence.
 * @example ruleInWords(buy3SameCheapestFree, ctx) // 'Buy 3 of the same, cheapest free'
 */
export function ruleInWords(rule: Rule, ctx: DescribeContext): string {
  switch (rule.kind) {
    case 'itemDeal':
      return capitalize(rule.tiers.map((t) => tierWords(rule, t, ctx)).join('; ')) + cap(rule.maxDiscount, ctx, ' per application');
    case 'orderDiscount':
      return `${capitalize(percentOrAmount(rule.reward, ctx))} the ${rule.selection ? 'eligible items' : 'order'}${cap(rule.maxDiscount, ctx)}`;
    case 'slidingDiscount': {
      const steps = rule.steps.map((s) => {
        const from = rule.basis === 'amount' ? `from ${formatAmount(s.from, ctx.currency)} spent` : `from ${plural(Number(s.from), 'item')}`;
        return `${from}, ${percentOrAmount(s.reward, ctx)}`;
      });
      return `${capitalize(steps.join('; '))}${cap(rule.maxDiscount, ctx)}`;
    }
    case 'shippingDiscount':
      if (rule.reward.kind === 'free') return 'Free shipping';
      return rule.reward.kind === 'percent'
        ? `${formatPercent(rule.reward.percent)} off shipping`
        : `${formatAmount(rule.reward.amount, ctx.currency)} off shipping`;
    case 'getProduct': {
      const g = rule.gift;
      const price = g.price === undefined ? 'free' : `at ${formatAmount(g.price, ctx.currency)} each`;
      return `Gift: ${g.quantity} × ${ctx.productName(g.productId)}, ${price}`;
    }
    case 'pickProduct': {
      const tiers = rule.tiers.map(
        (t) => `from ${formatAmount(t.minOrder, ctx.currency)}: ${listInWords(t.options.map((o) => ctx.productName(o.productId)), 'or')}`,
      );
      return `Pick a gift ${tiers.join('; ')} (default ${ctx.productName(rule.defaultProductId)})`;
    }
    case 'ageDiscount':
      if (rule.mode === 'amount') return "The customer's age in whole currency units off";
      if (rule.mode === 'percent') return "The customer's age as a percent off";
      return `By age: ${rule.tiers
        .map((t) => `${t.maxAge === undefined ? `${t.minAge}+` : `${t.minAge}–${t.maxAge}`} ${percentOrAmount(t.reward, ctx)}`)
        .join('; ')}`;
    case 'combo':
      return `Per participant: ${rule.tiers.map((t) => `${plural(t.items, 'item')} ${percentOrAmount(t.reward, ctx)}`).join('; ')}${
        rule.mode === 'same' ? ', on every item' : ', highest rebate on the cheapest item'
      }`;
    case 'multiPerson':
      return `By group size: ${rule.tiers.map((t) => `${plural(t.participants, 'person', 'people')} ${percentOrAmount(t.reward, ctx)}`).join('; ')}${
        rule.mode === 'same' ? ', for everyone' : ', highest rebate on the lowest total'
      }`;
    case 'question':
      return `By answer to "${rule.question}": ${rule.answers.map((a) => `"${a.answer}" ${percentOrAmount(a.reward, ctx)}`).join('; ')}, once per ${rule.per}`;
    case 'fixedAmount':
      return rule.amount === undefined ? 'An amount entered at the till' : `${formatAmount(rule.amount, ctx.currency)} off`;
    case 'percentage':
      return rule.percent === undefined ? 'A percent entered at the till' : `${formatPercent(rule.percent)} off`;
    case 'employee':
      return `Employee ${formatPercent(rule.percent)} off${rule.excludingTax ? ', computed on prices excluding tax' : ''}`;
    case 'generateCoupon':
      return `Issues a code for ${ctx.promotionName(rule.targetPromotionId)}`;
    case 'loyaltyCode':
      return `Issues a next-purchase code for ${ctx.promotionName(rule.targetPromotionId)}, once per order`;
  }
}
