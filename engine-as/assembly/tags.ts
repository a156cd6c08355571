// Tags shared with the TypeScript encoder (src/wire/layout.ts). Changing one changes WIRE_VERSION.

export const WIRE_VERSION: i32 = 5;
export const LEVEL_MAGIC: i32 = 0x4c56; // "LV"
export const OUTPUT_MAGIC: i32 = 0x4f55; // "OU"
export const BASKET_MAGIC: i32 = 0x4253; // "BS": a level whose promotions are bundle refs
export const BUNDLE_MAGIC: i32 = 0x4254; // "BT": a bundle table

export const enum Threshold { Buys = 0, BuysAtLeast = 1, SpendsAtLeast = 2 }
export const enum Reward { Percent = 0, AmountOff = 1, SetAmountOff = 2, FixedTotal = 3, UnitPrice = 4 }
export const enum Target { CheapestQualifying = 0, CheapestBenefit = 1, AllQualifying = 2, AllBenefit = 3 }
export const enum Combination { Any = 0, Same = 1 }
export const enum Policy { BestDeal = 0, CheapestInTransaction = 1 }

/** Level header slots (i32 section). */
export const LEVEL_HEADER: i32 = 6;
/** i32 slots per run in a level: [line, unit, productRank, count, available]. */
export const RUN_SLOTS: i32 = 5;
/** i32 slots per promotion head in a level: [ref, position, maxApplications, hasBudget, nQualifying, nBenefit]. */
export const PROMOTION_HEAD: i32 = 6;
/** Output header slots: i32 [magic, nApps, optimal, hasBound, i32Len, i64Len]; i64 [total, bound, nodes]. */
export const OUTPUT_HEADER_I32: i32 = 6;
export const OUTPUT_HEADER_I64: i32 = 3;
