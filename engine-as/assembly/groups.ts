// Groups identical units and splits promotions into conflict components (solver groups.ts).
import { I32Buf, mergeSortBy } from './buffers';
import {
  dCombination, pDeal, promoCount, prBenLen, prBenStart, prQualLen, prQualStart, pRuns, rank, rStart, uAvail, uCp,
  uFloor, uLine, uPrice, uProd, uUnit
} from './level';

/**
 * Each run's roles, sparse: entries[rrStart[r] .. + rrLen[r]) hold `p << 2 | role` (1 qualifying,
 * 2 benefit; benefit wins when listed in both) by promotion ascending. Promotions list whole runs,
 * and a run's units are alike, so every unit of a run has its run's roles and key: grouping reads
 * runs (a line of 1,000,000 units is one), then lays their units out. A dense unit × promotion
 * table cost O(U × P) per level: 0.8 ms of a 1,000-unit level with 250 promotions.
 */
const rrStart = new I32Buf(256);
const rrLen = new I32Buf(256);
const entries = new I32Buf(1024);
/** Per run: its product when a `same` deal qualifies it, else -1 (the grouping key's product). */
const rKeyProd = new I32Buf(256);
const sorted = new I32Buf(256);
const runGroup = new I32Buf(256);
const table = new I32Buf(512);
const listCursor = new I32Buf(64);
/** Per group: its first run (its roles and key are the group's). */
const gFirstRun = new I32Buf(64);

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

/** Runs by (line, unit) of their first units; runs of one line never overlap, so their units follow in that order too. */
function runBefore(a: i32, b: i32): bool {
  const ua = rStart.at(a), ub = rStart.at(b);
  const la = uLine.at(ua), lb = uLine.at(ub);
  if (la != lb) return la < lb;
  const xa = uUnit.at(ua), xb = uUnit.at(ub);
  if (xa != xb) return xa < xb;
  return a < b;
}

/** Adds promotion p's role r to run x (promotions arrive ascending; benefit overrides qualifying). */
@inline function addRole(x: i32, p: i32, r: i32): void {
  const n = rrLen.at(x);
  const at = rrStart.at(x) + n;
  if (n > 0 && entries.at(at - 1) >> 2 == p) {
    if (r == 2) entries.put(at - 1, (p << 2) | 2);
    return;
  }
  entries.put(at, (p << 2) | r);
  rrLen.put(x, n + 1);
}

function buildRoles(runs: i32): void {
  rrLen.len = 0;
  rrLen.alloc(runs);
  for (let p = 0; p < promoCount; p++) {
    const qs = prQualStart.at(p);
    for (let i = 0; i < prQualLen.at(p); i++) { const x = pRuns.at(qs + i); rrLen.put(x, rrLen.at(x) + 1); }
    const bs = prBenStart.at(p);
    for (let i = 0; i < prBenLen.at(p); i++) { const x = pRuns.at(bs + i); rrLen.put(x, rrLen.at(x) + 1); }
  }
  rrStart.len = 0;
  rrStart.alloc(runs);
  let acc = 0;
  for (let x = 0; x < runs; x++) {
    rrStart.put(x, acc);
    acc += rrLen.at(x);
    rrLen.put(x, 0);
  }
  entries.len = 0;
  entries.alloc(acc);
  for (let p = 0; p < promoCount; p++) {
    const qs = prQualStart.at(p);
    for (let i = 0; i < prQualLen.at(p); i++) addRole(pRuns.at(qs + i), p, 1);
    const bs = prBenStart.at(p);
    for (let i = 0; i < prBenLen.at(p); i++) addRole(pRuns.at(bs + i), p, 2);
  }
  rKeyProd.len = 0;
  rKeyProd.alloc(runs);
  for (let x = 0; x < runs; x++) {
    // The product counts only for units a `same` deal qualifies (solver groups.ts).
    let key = -1;
    const s = rrStart.at(x);
    for (let i = 0; i < rrLen.at(x); i++) {
      const e = entries.at(s + i);
      if ((e & 3) == 1 && dCombination.at(pDeal.at(e >> 2)) == 1) { key = uProd.at(rStart.at(x)); break; }
    }
    rKeyProd.put(x, key);
  }
}

function sameKey(a: i32, b: i32): bool {
  const ua = rStart.at(a), ub = rStart.at(b);
  if (rKeyProd.at(a) != rKeyProd.at(b) || uPrice.at(ua) != uPrice.at(ub) || uCp.at(ua) != uCp.at(ub) || uFloor.at(ua) != uFloor.at(ub)) return false;
  const n = rrLen.at(a);
  if (n != rrLen.at(b)) return false;
  const base = entries.ptr();
  return memory.compare(base + (<usize>rrStart.at(a) << 2), base + (<usize>rrStart.at(b) << 2), <usize>n << 2) == 0;
}

function keyHash(x: i32): u32 {
  const u = rStart.at(x);
  let h: u32 = 2166136261;
  h = (h ^ <u32>rKeyProd.at(x)) * 16777619;
  h = (h ^ <u32>uPrice.at(u)) * 16777619;
  h = (h ^ <u32>(uPrice.at(u) >>> 32)) * 16777619;
  h = (h ^ <u32>uCp.at(u)) * 16777619;
  h = (h ^ <u32>uFloor.at(u)) * 16777619;
  const s = rrStart.at(x);
  for (let i = 0; i < rrLen.at(x); i++) h = (h ^ <u32>entries.at(s + i)) * 16777619;
  return h;
}

/** Builds groups over available units that take part in at least one promotion. */
export function groupUnits(): void {
  const runs = rStart.len - 1;
  buildRoles(runs);
  // Available runs in (line, unit) order. Lines come ranked by content (engine levels.ts), not
  // in index order, so an insertion sort here was quadratic: 2.2 s of a 20,000-unit basket.
  sorted.len = 0;
  for (let x = 0; x < runs; x++) if (uAvail.at(rStart.at(x)) != 0 && rrLen.at(x) > 0) sorted.push(x);
  mergeSortBy(sorted, 0, sorted.len, runBefore);
  let size = 64;
  while (size < sorted.len * 2) size <<= 1;
  table.len = 0;
  table.alloc(size);
  runGroup.len = 0;
  runGroup.alloc(runs);
  gLen.len = 0;
  gFirstRun.len = 0;
  for (let i = 0; i < sorted.len; i++) {
    const x = sorted.at(i);
    let slot = <i32>(keyHash(x) & <u32>(size - 1));
    let g = -1;
    while (true) {
      const e = table.at(slot);
      if (e == 0) break;
      if (sameKey(gFirstRun.at(e - 1), x)) { g = e - 1; break; }
      slot = (slot + 1) & (size - 1);
    }
    if (g < 0) {
      g = gLen.len;
      table.put(slot, g + 1);
      gFirstRun.push(x);
      gLen.push(0);
    }
    gLen.put(g, gLen.at(g) + rStart.at(x + 1) - rStart.at(x));
    runGroup.put(x, g);
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
    const x = sorted.at(i);
    const g = runGroup.at(x);
    let at = fill.at(g);
    for (let u = rStart.at(x), end = rStart.at(x + 1); u < end; u++) gMembers.put(at++, u);
    fill.put(g, at);
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

/** Walks every group's roles (its first run's entries): counts them per promotion, or with `fill` writes the group into the lists. */
function placeGroups(fill: bool): void {
  for (let g = 0; g < groupCount; g++) {
    const x = gFirstRun.at(g);
    const s = rrStart.at(x);
    for (let i = 0; i < rrLen.at(x); i++) {
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
