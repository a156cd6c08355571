// The decoded form of the compiled item deals (loaded once) and of the current level (per basket).
// Only wire.ts writes these; every other stage reads them.
import { I32Buf, I64Buf } from './buffers';
import { Reward, Target, Threshold } from './tags';

// ---- Deals: compiled item-deal rules, appended by loadDeals, kept across baskets --------------
export const dCombination = new I32Buf(64);
export const dTarget = new I32Buf(64);
export const dRewardCount = new I32Buf(64);
export const dTierStart = new I32Buf(64);
export const dTierCount = new I32Buf(64);
export const dHasMax = new I32Buf(64);
export const dMax = new I64Buf(64);
/** 1 when the deal runs in range mode (solver rules.ts isRangeMode), computed at load. */
export const dRange = new I32Buf(64);
export const tThKind = new I32Buf(256);
export const tThQty = new I32Buf(256);
export const tThAmt = new I64Buf(256);
export const tRwKind = new I32Buf(256);
export const tRwBp = new I32Buf(256);
export const tRwAmt = new I64Buf(256);

// ---- Bundle: per bundle promotion its deal and rank, loaded by loadBundle (batch path) ----------
export const bpDeal = new I32Buf(64);
/** Place in (priority, id) order over the bundle; equal keys share a rank. */
export const bpRank = new I32Buf(64);

export function computeRange(d: i32): i32 {
  let allPercent = true;
  const s = dTierStart.at(d);
  const n = dTierCount.at(d);
  for (let i = s; i < s + n; i++) {
    if (tThKind.at(i) != Threshold.Buys) return 1;
    if (tRwKind.at(i) != Reward.Percent) allPercent = false;
  }
  const t = dTarget.at(d);
  return allPercent && (t == Target.AllQualifying || t == Target.AllBenefit) ? 1 : 0;
}

// ---- Current level ------------------------------------------------------------------------
export let unitCount: i32 = 0;
export let promoCount: i32 = 0;
export let policy: i32 = 0;
export let searchBudget: i64 = 0;
export function setLevel(u: i32, p: i32, pol: i32, budget: i64): void {
  unitCount = u;
  promoCount = p;
  policy = pol;
  searchBudget = budget;
}

export const uLine = new I32Buf(256);
export const uUnit = new I32Buf(256);
/** Product id as its rank among the level's product ids (string order), so order and equality hold. */
export const uProd = new I32Buf(256);
export const uAvail = new I32Buf(256);
export const uPrice = new I64Buf(256);
export const uCp = new I64Buf(256);
export const uFloor = new I64Buf(256);

export const pDeal = new I32Buf(64);
/** The promotion's index in the caller's list (promotions touching no unit do not cross). */
export const pPos = new I32Buf(64);
export const pMaxApps = new I32Buf(64);
export const pHasBudget = new I32Buf(64);
export const pBudget = new I64Buf(64);
export const pQualStart = new I32Buf(64);
export const pQualLen = new I32Buf(64);
export const pBenStart = new I32Buf(64);
export const pBenLen = new I32Buf(64);
/** Qualifying and benefit unit indices of every promotion, as listed in the input. */
export const pLists = new I32Buf(1024);
/** Per run of the level, its first unit (units are numbered in run order); one more entry holds the unit count. */
export const rStart = new I32Buf(256);
/** Per promotion, its qualifying / benefit runs as listed (into pRuns): grouping reads runs, not units. */
export const prQualStart = new I32Buf(64);
export const prQualLen = new I32Buf(64);
export const prBenStart = new I32Buf(64);
export const prBenLen = new I32Buf(64);
export const pRuns = new I32Buf(256);
/** Promotion indices by (priority, id, index): computed by the encoder, where the ids are. */
export const rank = new I32Buf(64);
