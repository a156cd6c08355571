/**
 * The wire layout between the TypeScript side and the AssemblyScript solver (engine-as/assembly/
 * tags.ts mirrors these numbers; wire.ts there is the one decoder). Two sections travel: i32 values
 * and i64 values (money in minor units, node budgets). Layout, in order:
 *
 * Deal table (loaded once per set of compiled item deals; `DealTable`, per-call path):
 *   i32 [count] + per deal [combination, target, rewardCount, nTiers, hasMax] + per tier [thKind, thQty, rwKind, rwBp]
 *   i64 per deal [maxDiscount] + per tier [thAmount, rwAmount]
 * Bundle table (loaded once per bundle revision and content; `compileBundle`, batch path):
 *   i32 [BUNDLE_MAGIC, nPromotions] + the deal table's i32 + per promotion [deal, rank]
 *   i64 the deal table's i64
 *   (rank: the promotion's place in (priority, id) order over the bundle; equal keys, equal rank)
 * Level (per basket and priority level; a batch is levels back to back). Units cross as runs of
 * alike units of one line (the per-unit contract sends every unit as a run of one, available or
 * not; the run contract sends its runs, all available). The module numbers units in run order.
 * Only promotions with at least one available qualifying or benefit unit cross; `position` is
 * their index in the caller's list, which the output's application `promotion` names.
 *   i32 [magic, policy, R, P, i32Len, i64Len] + per run [line, unit, productRank, count, available]
 *       + per promotion [ref, position, maxApplications, hasBudget, nQualifying, nBenefit]
 *       + LEVEL_MAGIC only: rank order (P, indices into the promotions sent)
 *       + per promotion [qualifying runs…, benefit runs…]
 *   i64 [searchBudget] + per run [price, customerPrice, floor] + per promotion [budget]
 *   ref: LEVEL_MAGIC a deal index into the deal table; BASKET_MAGIC a promotion index into the
 *   bundle table (its deal and rank come from there; ties in rank keep the caller's order).
 * Output (per level, back to back). Unit lists are ranges (first, count) of the module's unit
 * numbers, ascending; rewarded ranges split where the saving changes, with one saving each:
 *   i32 [OUTPUT_MAGIC, nApps, optimal, hasBound, i32Len, i64Len]
 *       + per app [promotion, tier, copies, nUsed, nRewarded, (first, count) per used range…, per rewarded range…]
 *   i64 [total, bound, nodes] + per app [saving, clipped, per rewarded range its units' saving…]
 */
export const WIRE_VERSION = 5;
export const LEVEL_MAGIC = 0x4c56;
export const OUTPUT_MAGIC = 0x4f55;
export const BASKET_MAGIC = 0x4253;
export const BUNDLE_MAGIC = 0x4254;
/** i32 slots per run in a level: [line, unit, productRank, count, available]. */
export const RUN_SLOTS = 5;
/** i32 slots per promotion head in a level. */
export const PROMOTION_HEAD = 6;
export const LEVEL_HEADER = 6;
export const OUTPUT_HEADER_I32 = 6;
export const OUTPUT_HEADER_I64 = 3;

export const THRESHOLD = { buys: 0, buysAtLeast: 1, spendsAtLeast: 2 } as const;
export const REWARD = { percent: 0, amountOff: 1, setAmountOff: 2, fixedTotal: 3, unitPrice: 4 } as const;
export const TARGET = { cheapestQualifying: 0, cheapestBenefit: 1, allQualifying: 2, allBenefit: 3 } as const;
export const COMBINATION = { any: 0, same: 1 } as const;
export const POLICY = { bestDeal: 0, cheapestInTransaction: 1 } as const;

/** The largest maxApplications that crosses: more applications than units can never be made. */
export const MAX_APPLICATIONS = 0x7fffffff;

/** Two flat sections; `i32Len`/`i64Len` may be shorter than the arrays (growable writers). */
export interface Sections {
  readonly i32: Int32Array;
  readonly i64: BigInt64Array;
}
