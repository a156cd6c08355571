/** Exclusive item-deal solver for one priority level (SPEC §4.1, §5). */
export type * from './types.ts';
export { compileItemDeal } from './compile.ts';
export { solveLevel, rankOrder } from './solve.ts';
export { improveByNeighbourhoods } from './neighbourhood.ts';
export { priceApplication, type PricedApplication } from './pricing.ts';
export { isRangeMode, rangeTier } from './rules.ts';
