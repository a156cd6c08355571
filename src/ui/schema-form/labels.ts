import type { JsonPathSegments } from './json-edit.ts';
import { humanize } from './schema-node.ts';

/** Names analysts use where the model's member name says less. */
const LABELS: Readonly<Record<string, string>> = {
  id: 'Id',
  label: 'Receipt label',
  group: 'Group',
  externalIds: 'External ids',
  rule: 'Reward rule',
  maxUsesPerOrder: 'Max uses per order',
  maxUsesPerCustomer: 'Max uses per customer',
  maxUsesTotal: 'Max uses in total',
  rewardCount: 'Units rewarded per application',
  excludeOnSale: 'Exclude products on sale',
  maxDiscount: 'Max discount per application',
  dailyWindow: 'Daily window',
  timeZone: 'Time zone',
  relativeExpiry: 'Expiry after issue',
  pointsCost: 'Points per application',
  bindToCustomer: 'Bind codes to the customer who received them',
  financial: 'Financial dispersion',
  product: 'Product dispersion',
  scriptId: 'Dispersion script',
  targetPromotionId: 'Target promotion id',
  defaultProductId: 'Default product id',
  op: 'Operator',
};

export const fieldLabel = (name: string): string => LABELS[name] ?? humanize(name);

/** Short help beside a control, keyed by the member's name (the last non-index step of its path). */
const HELP: Readonly<Record<string, string>> = {
  priority: '1 is evaluated first; promotions with the same number compete for the best deal.',
  status: 'Only active promotions are evaluated.',
  concurrency: 'Exclusive: a unit takes part in one exclusive promotion. Compound: on top of earlier ones.',
  rewardCount: 'For cheapest-unit targets: "buy 2 get 2 free" is buys 4 with 2 rewarded.',
  financial: '0 by price, 1 dearest first, 2 cheapest first, 3 high tax first, 4 low tax first.',
  product: '0 every unit of the set, 1 rewarded units, 2 non-rewarded units, 3 all discountable lines.',
  outlets: 'Empty means every outlet.',
  channels: 'None ticked means every channel.',
  weekdays: 'None ticked means every day.',
  excluded: 'Product ids never taking part.',
  percent: 'Percent, e.g. 12.5',
};

export function fieldHelp(path: JsonPathSegments): string | undefined {
  const name = [...path].reverse().find((s): s is string => typeof s === 'string');
  return name === undefined ? undefined : HELP[name];
}

/** A unit shown after a text control, by the domain schema it edits. */
export function unitOf(ref: string | undefined): string | undefined {
  if (ref === 'Percent') return '%';
  if (ref === 'LocalDateTime') return 'local';
  return undefined;
}

/** Names of union members where the model's tag reads badly as words. */
const TAGS: Readonly<Record<string, string>> = {
  all: 'All of',
  any: 'Any of',
  not: 'Not',
  attr: 'Attribute test',
  leaf: 'Field test',
  buys: 'Buys exactly N (repeats in sets)',
  buysAtLeast: 'Buys at least N',
  spendsAtLeast: 'Spends at least X',
  percent: 'Percent off',
  amountOff: 'Amount off each unit',
  setAmountOff: 'Amount off the set',
  fixedTotal: 'Set costs a fixed total',
  unitPrice: 'Each unit costs',
  free: 'Free',
};

export const tagLabel = (tag: string): string => TAGS[tag] ?? humanize(tag);
