// Prices one application (solver pricing.ts): rewarded units, savings after floor/zero clipping and
// the deal's maxDiscount. Results land in the pr* scratch below, valid until the next call.
import { I32Buf, I64Buf } from './buffers';
import {
  dHasMax, dMax, dRewardCount, dTarget, dTierStart, tRwAmt, tRwBp, tRwKind, uFloor, uLine, uPrice, uUnit
} from './level';
import { percentOfPrice, splitInto } from './money';
import { Reward, Target } from './tags';

export const prRew = new I32Buf(64);
export const prSav = new I64Buf(64);
export let prN: i32 = 0;
export let prSaving: i64 = 0;
export let prClipped: i64 = 0;

const weights = new I64Buf(64);

/**
 * Prices tier `tier` of `deal` whose qualifying part is q[qs..qs+qn) and benefit part b[bs..bs+bn),
 * both already in cheapness order.
 */
export function priceApplication(q: I32Buf, qs: i32, qn: i32, b: I32Buf, bs: i32, bn: i32, deal: i32, tier: i32): void {
  const target = dTarget.at(deal);
  const onQual = target == Target.CheapestQualifying || target == Target.AllQualifying;
  const part = onQual ? q : b;
  const ps = onQual ? qs : bs;
  const pn = onQual ? qn : bn;
  let n = pn;
  if (target == Target.CheapestQualifying || target == Target.CheapestBenefit) {
    const rc = dRewardCount.at(deal);
    if (rc < n) n = rc;
  }
  prN = n;
  prRew.ensure(n);
  prSav.ensure(n);
  prRew.len = n;
  prSav.len = n;
  for (let i = 0; i < n; i++) prRew.put(i, part.at(ps + i));
  const t = dTierStart.at(deal) + tier;
  const kind = tRwKind.at(t);
  if (kind == Reward.SetAmountOff || kind == Reward.FixedTotal) {
    let amount = tRwAmt.at(t);
    weights.ensure(n);
    let total: i64 = 0;
    for (let i = 0; i < n; i++) {
      const price = uPrice.at(prRew.at(i));
      weights.put(i, price);
      total += price;
    }
    if (kind == Reward.FixedTotal) amount = total > amount ? total - amount : 0;
    splitInto(amount, n, weights, 0, uLine, uUnit, prRew, 0, prSav, 0);
  } else {
    const bp = tRwBp.at(t);
    const amount = tRwAmt.at(t);
    for (let i = 0; i < n; i++) {
      const price = uPrice.at(prRew.at(i));
      let s: i64;
      if (kind == Reward.Percent) s = percentOfPrice(price, bp);
      else if (kind == Reward.AmountOff) s = amount;
      else s = price > amount ? price - amount : 0;
      prSav.put(i, s);
    }
  }
  let clipped: i64 = 0;
  let saving: i64 = 0;
  for (let i = 0; i < n; i++) {
    const u = prRew.at(i);
    const price = uPrice.at(u);
    const floor = uFloor.at(u);
    const room = price > floor ? price - floor : 0;
    let s = prSav.at(i);
    if (s > room) {
      clipped += s - room;
      s = room;
      prSav.put(i, s);
    }
    saving += s;
  }
  if (dHasMax.at(deal) != 0 && saving > dMax.at(deal)) {
    capSavings(prRew, 0, prSav, 0, n, dMax.at(deal));
    saving = dMax.at(deal);
  }
  prSaving = saving;
  prClipped = clipped;
}

/** Lowers savings s[ss..ss+n) of units r[rs..) so they sum to `cap`: R2 split weighted by the savings. */
export function capSavings(r: I32Buf, rs: i32, s: I64Buf, ss: i32, n: i32, cap: i64): void {
  weights.ensure(n);
  for (let i = 0; i < n; i++) weights.put(i, s.at(ss + i));
  splitInto(cap, n, weights, 0, uLine, uUnit, r, rs, s, ss);
}
