// Groups identical units and splits promotions into conflict components (solver groups.ts).
import { I32Buf, mergeSortBy } from './buffers';
import {
  dCombination, pDeal, promoCount, unitCount, pBenLen, pBenStart, pLists, pQualLen, pQualStart, rank, uAvail, uCp,
  uFloor, uLine, uPrice, uProd, uUnit
} from './level';

/**
 * Each unit's roles, sparse: entries[uStart[u] .. + uLen[u]) hold `p << 2 | role` (1 qualifying,
 * 2 benefit; benefit wins when listed in both) by promotion ascending. A dense unit × promotion
 * table cost O(U × P) per level: 0.8 ms of a 1,000-unit level with 250 promotions.
 */
const uStart = new I32Buf(256);
const uLen = new I32Buf(256);
const entries = new I32Buf(1024);
/** Per unit: its product when a `same` deal qualifies it, else -1 (the grouping key's product). */
const uKeyProd = new I32Buf(256);
const sorted = new I32Buf(256);
const unitGroup = new I32Buf(256);
const table = new I32Buf(512);
const listCursor = new I32Buf(64);

/** Members of each group, contiguous, in (line, unit) order; groups ordered by first member. */
export const gStart = new I32Buf(256);
export const gLen = new I32Buf(256);
export const gMembers = new I32Buf(256);
export let groupCount: i32 = 0;
/** Per promotion: its qualifying / benefit groups, ascending (into gLists). */
export const qgStart = new I32Buf(64);
export const qgLen = new I32Buf(64);
export const bgStart = new I32Buf(64);
export const bgLen = new I32Buf(64);
export const gLists = new I32Buf(1024);

function unitBefore(a: i32, b: i32): bool {
  const la = uLine.at(a), lb = uLine.at(b);
  if (la != lb) return la < lb;
  const ua = uUnit.at(a), ub = uUnit.at(b);
  if (ua != ub) return ua < ub;
  return a < b;
}

/** Adds promotion p's role r to unit u (promotions arrive ascending; benefit overrides qualifying). */
@inline function addRole(u: i32, p: i32, r: i32): void {
  const n = uLen.at(u);
  const at = uStart.at(u) + n;
  if (n > 0 && entries.at(at - 1) >> 2 == p) {
    if (r == 2) entries.put(at - 1, (p << 2) | 2);
    return;
  }
  entries.put(at, (p << 2) | r);
  uLen.put(u, n + 1);
}

function buildRoles(): void {
  uLen.len = 0;
  uLen.alloc(unitCount);
  for (let p = 0; p < promoCount; p++) {
    const qs = pQualStart.at(p);
    for (let i = 0; i < pQualLen.at(p); i++) { const u = pLists.at(qs + i); uLen.put(u, uLen.at(u) + 1); }
    const bs = pBenStart.at(p);
    for (let i = 0; i < pBenLen.at(p); i++) { const u = pLists.at(bs + i); uLen.put(u, uLen.at(u) + 1); }
  }
  uStart.len = 0;
  uStart.alloc(unitCount);
  let acc = 0;
  for (let u = 0; u < unitCount; u++) {
    uStart.put(u, acc);
    acc += uLen.at(u);
    uLen.put(u, 0);
  }
  entries.len = 0;
  entries.alloc(acc);
  for (let p = 0; p < promoCount; p++) {
    const qs = pQualStart.at(p);
    for (let i = 0; i < pQualLen.at(p); i++) addRole(pLists.at(qs + i), p, 1);
    const bs = pBenStart.at(p);
    for (let i = 0; i < pBenLen.at(p); i++) addRole(pLists.at(bs + i), p, 2);
  }
  uKeyProd.len = 0;
  uKeyProd.alloc(unitCount);
  for (let u = 0; u < unitCount; u++) {
    // The product counts only for units a `same` deal qualifies (solver groups.ts).
    let key = -1;
    const s = uStart.at(u);
    for (let i = 0; i < uLen.at(u); i++) {
      const e = entries.at(s + i);
      if ((e & 3) == 1 && dCombination.at(pDeal.at(e >> 2)) == 1) { key = uProd.at(u); break; }
    }
    uKeyProd.put(u, key);
  }
}

function sameKey(a: i32, b: i32): bool {
  if (uKeyProd.at(a) != uKeyProd.at(b) || uPrice.at(a) != uPrice.at(b) || uCp.at(a) != uCp.at(b) || uFloor.at(a) != uFloor.at(b)) return false;
  const n = uLen.at(a);
  if (n != uLen.at(b)) return false;
  const base = entries.ptr();
  return memory.compare(base + (<usize>uStart.at(a) << 2), base + (<usize>uStart.at(b) << 2), <usize>n << 2) == 0;
}

function keyHash(u: i32): u32 {
  let h: u32 = 2166136261;
  h = (h ^ <u32>uKeyProd.at(u)) * 16777619;
  h = (h ^ <u32>uPrice.at(u)) * 16777619;
  h = (h ^ <u32>(uPrice.at(u) >>> 32)) * 16777619;
  h = (h ^ <u32>uCp.at(u)) * 16777619;
  h = (h ^ <u32>uFloor.at(u)) * 16777619;
  const s = uStart.at(u);
  for (let i = 0; i < uLen.at(u); i++) h = (h ^ <u32>entries.at(s + i)) * 16777619;
  return h;
}

/** Builds groups over available units that take part in at least one promotion. */
export function groupUnits(): void {
  buildRoles();
  // Available units in (line, unit) order. Lines come ranked by content (engine levels.ts), not
  // in index order, so an insertion sort here was quadratic: 2.2 s of a 20,000-unit basket.
  sorted.len = 0;
  for (let u = 0; u < unitCount; u++) if (uAvail.at(u) != 0 && uLen.at(u) > 0) sorted.push(u);
  mergeSortBy(sorted, 0, sorted.len, unitBefore);
  let size = 64;
  while (size < sorted.len * 2) size <<= 1;
  table.len = 0;
  table.alloc(size);
  unitGroup.len = 0;
  unitGroup.alloc(unitCount);
  gLen.len = 0;
  const firstOf = gStart; // first member per group while grouping; rewritten below
  firstOf.len = 0;
  for (let i = 0; i < sorted.len; i++) {
    const u = sorted.at(i);
    let slot = <i32>(keyHash(u) & <u32>(size - 1));
    let g = -1;
    while (true) {
      const e = table.at(slot);
      if (e == 0) break;
      if (sameKey(firstOf.at(e - 1), u)) { g = e - 1; break; }
      slot = (slot + 1) & (size - 1);
    }
    if (g < 0) {
      g = gLen.len;
      table.put(slot, g + 1);
      firstOf.push(u);
      gLen.push(0);
    }
    gLen.put(g, gLen.at(g) + 1);
    unitGroup.put(u, g);
  }
  groupCount = gLen.len;
  // Contiguous members, keeping the sorted order inside each group.
  let acc = 0;
  const fill = table; // reused as the write cursor per group
  fill.len = 0;
  for (let g = 0; g < groupCount; g++) {
    fill.push(acc);
    acc += gLen.at(g);
  }
  gMembers.len = 0;
  gMembers.alloc(acc);
  for (let i = 0; i < sorted.len; i++) {
    const u = sorted.at(i);
    const g = unitGroup.at(u);
    const at = fill.at(g);
    gMembers.put(at, u);
    fill.put(g, at + 1);
  }
  gStart.len = 0;
  for (let g = 0; g < groupCount; g++) gStart.push(fill.at(g) - gLen.at(g));
  groupLists();
}

/** Per promotion, its qualifying then benefit groups, ascending, read off each group's first member. */
function groupLists(): void {
  qgLen.len = 0; bgLen.len = 0;
  qgLen.alloc(promoCount);
  bgLen.alloc(promoCount);
  placeGroups(false);
  qgStart.len = 0; bgStart.len = 0;
  let acc = 0;
  for (let p = 0; p < promoCount; p++) {
    qgStart.push(acc);
    acc += qgLen.at(p);
    bgStart.push(acc);
    acc += bgLen.at(p);
  }
  gLists.len = 0;
  gLists.alloc(acc);
  listCursor.len = 0;
  listCursor.alloc(promoCount * 2);
  placeGroups(true);
}

/** Walks every group's roles (its first member's entries): counts them per promotion, or with `fill` writes the group into the lists. */
function placeGroups(fill: bool): void {
  for (let g = 0; g < groupCount; g++) {
    const u = gMembers.at(gStart.at(g));
    const s = uStart.at(u);
    for (let i = 0; i < uLen.at(u); i++) {
      const e = entries.at(s + i);
      const p = e >> 2;
      const qual = (e & 3) == 1;
      if (!fill) {
        if (qual) qgLen.put(p, qgLen.at(p) + 1);
        else bgLen.put(p, bgLen.at(p) + 1);
        continue;
      }
      const k = qual ? p * 2 : p * 2 + 1;
      gLists.put((qual ? qgStart.at(p) : bgStart.at(p)) + listCursor.at(k), g);
      listCursor.put(k, listCursor.at(k) + 1);
    }
  }
}

// ---- Components --------------------------------------------------------------------------
const parent = new I32Buf(256);
const firstGroup = new I32Buf(64);
const rootComp = new I32Buf(256);
export const cStart = new I32Buf(64);
export const cLen = new I32Buf(64);
export const cPromos = new I32Buf(64);
export let componentCount: i32 = 0;

function find(x: i32): i32 {
  while (parent.at(x) != x) {
    const up = parent.at(parent.at(x));
    parent.put(x, up);
    x = up;
  }
  return x;
}

/** Promotions connected through shared groups, each in rank order; components by first promotion's rank. */
export function components(): void {
  parent.len = 0;
  for (let g = 0; g < groupCount; g++) parent.push(g);
  firstGroup.len = 0;
  for (let p = 0; p < promoCount; p++) {
    const qn = qgLen.at(p), bn = bgLen.at(p);
    const n = qn + bn;
    if (n == 0) { firstGroup.push(-1); continue; }
    const f = qn > 0 ? gLists.at(qgStart.at(p)) : gLists.at(bgStart.at(p));
    firstGroup.push(f);
    for (let i = 1; i < n; i++) {
      const gi = i < qn ? gLists.at(qgStart.at(p) + i) : gLists.at(bgStart.at(p) + i - qn);
      const a = find(f);
      const b = find(gi);
      if (a != b) parent.put(a < b ? b : a, a < b ? a : b);
    }
  }
  rootComp.len = 0;
  rootComp.alloc(groupCount);
  for (let g = 0; g < groupCount; g++) rootComp.put(g, -1);
  // Two passes: count members per component, then place them (components stay contiguous).
  cLen.len = 0;
  for (let i = 0; i < promoCount; i++) {
    const p = rank.at(i);
    const f = firstGroup.at(p);
    if (f < 0) continue;
    const root = find(f);
    let c = rootComp.at(root);
    if (c < 0) {
      c = cLen.len;
      rootComp.put(root, c);
      cLen.push(0);
    }
    cLen.put(c, cLen.at(c) + 1);
  }
  componentCount = cLen.len;
  cStart.len = 0;
  let acc = 0;
  for (let c = 0; c < componentCount; c++) {
    cStart.push(acc);
    acc += cLen.at(c);
  }
  cPromos.len = 0;
  cPromos.alloc(acc);
  placed.len = 0;
  placed.alloc(componentCount);
  for (let i = 0; i < promoCount; i++) {
    const p = rank.at(i);
    const f = firstGroup.at(p);
    if (f < 0) continue;
    const c = rootComp.at(find(f));
    const k = placed.at(c);
    placed.put(c, k + 1);
    cPromos.put(cStart.at(c) + k, p);
  }
}

const placed = new I32Buf(64);
