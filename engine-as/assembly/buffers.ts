// Growable flat buffers. Allocated once at load; a buffer only grows (doubling) when a basket needs
// more than any basket before it, so steady-state solving allocates nothing. Under `--runtime stub`
// nothing is ever freed: the replaced storage is the price of growth, bounded by 2× the peak size.

/** One implementation for every element type: AssemblyScript compiles a copy per `T`. */
export class Buf<T> {
  data: StaticArray<T>;
  len: i32 = 0;
  constructor(cap: i32) {
    this.data = new StaticArray<T>(cap < 16 ? 16 : cap);
  }
  @inline at(i: i32): T {
    return unchecked(this.data[i]);
  }
  @inline put(i: i32, v: T): void {
    unchecked((this.data[i] = v));
  }
  /** Makes room for `n` elements in total (contents kept). */
  ensure(n: i32): void {
    const cap = this.data.length;
    if (n <= cap) return;
    // Doubling for steady growth; a jump past twice the capacity (a component's table of
    // promotions × groups) takes exactly what it asks, not up to twice that.
    const next = n > cap << 1 ? n : cap << 1;
    const d = new StaticArray<T>(next);
    memory.copy(changetype<usize>(d), changetype<usize>(this.data), <usize>this.len * sizeof<T>());
    this.data = d;
  }
  @inline push(v: T): void {
    if (this.len == this.data.length) this.ensure(this.len + 1);
    unchecked((this.data[this.len++] = v));
  }
  /**
   * `push` as a call, for code off the hot paths: an inlined push is some forty bytes, and the
   * module has a size guard (build.mjs); in the search's loops the call costs a fifth of bench A.
   */
  add(v: T): void {
    this.push(v);
  }
  /** Appends `n` zeroed slots and returns the offset of the first. */
  alloc(n: i32): i32 {
    const at = this.len;
    this.ensure(at + n);
    memory.fill(changetype<usize>(this.data) + <usize>at * sizeof<T>(), 0, <usize>n * sizeof<T>());
    this.len = at + n;
    return at;
  }
  @inline ptr(): usize {
    return changetype<usize>(this.data);
  }
}

export class I32Buf extends Buf<i32> {}
export class I64Buf extends Buf<i64> {}
/** Per-cell flags and small codes of the promotions × groups tables: a quarter of an i32 table. */
export class I8Buf extends Buf<i8> {}

/**
 * Inserts (id, value) into the first n entries of ids/values, kept by value descending; an entry
 * goes after those of equal value, so equal values keep their insertion order. Both buffers then
 * hold at least n + 1 entries. Returns n + 1.
 */
export function insertDescending(ids: I32Buf, values: I64Buf, n: i32, id: i32, value: i64): i32 {
  ids.ensure(n + 1);
  values.ensure(n + 1);
  if (ids.len < n + 1) ids.len = n + 1;
  if (values.len < n + 1) values.len = n + 1;
  let j = n;
  while (j > 0 && values.at(j - 1) < value) {
    values.put(j, values.at(j - 1));
    ids.put(j, ids.at(j - 1));
    j--;
  }
  values.put(j, value);
  ids.put(j, id);
  return n + 1;
}

const mergeTmp = new I32Buf(256);

/**
 * 1 when list[start, start + n) is already ascending (no entry below the one ahead of it), -1
 * when it is strictly descending, else 0. Lists often come so (a long line's units,
 * most expensive first): one pass saves the sort, and reversing a list without ties gives the
 * stable sort's result.
 */
function presorted(list: I32Buf, start: i32, n: i32): i32 {
  // Integer keys compared in place, not through a comparator pointer.
  let ascending = true;
  let descending = true;
  for (let i = start + 1; i < start + n && (ascending || descending); i++) {
    if (list.at(i) < list.at(i - 1)) ascending = false;
    else descending = false;
  }
  return ascending ? 1 : descending ? -1 : 0;
}

function reverseRange(list: I32Buf, start: i32, n: i32): void {
  for (let i = start, j = start + n - 1; i < j; i++, j--) {
    const x = list.at(i);
    list.put(i, list.at(j));
    list.put(j, x);
  }
}

/** Wins in a row after which a merge gallops (mergeSortBy). */
const GALLOP_AFTER = 8;

/**
 * How many items of the sorted stretch list[start + from, start + to) the merge takes before the
 * other side's head x: those ahead of x (`left` false: the right run's, strictly before x) or not
 * after it (`left` true: the left run's, ties stay on the left). A prefix, found by doubling steps
 * and then halving.
 */
function aheadCount(list: I32Buf, start: i32, from: i32, to: i32, x: i32, before: (a: i32, b: i32) => bool, left: bool): i32 {
  let ok = from;
  let step = 1;
  while (ok < to) {
    const at = min(ok + step, to) - 1;
    const y = list.at(start + at);
    if (left ? !before(x, y) : before(y, x)) {
      ok = at + 1;
      step <<= 1;
      continue;
    }
    let a = ok;
    let b = at;
    while (a < b) {
      const m = (a + b) >>> 1;
      const z = list.at(start + m);
      if (left ? !before(x, z) : before(z, x)) a = m + 1;
      else b = m;
    }
    return a - from;
  }
  return ok - from;
}

/** Where the runs of the list being sorted start (then its length): natural merge sort. */
const runStarts = new I32Buf(64);

/**
 * Stable natural merge sort of list[start..start+n): an item moves ahead of an earlier one only
 * when `before(later, earlier)`. The one O(n log n) sort behind every order of units that can be
 * as long as a line (cheapness, most expensive first, R2 remainders). It merges the list's own
 * runs (in order, or strictly reversed), so a list made of r sorted pieces (an application's
 * units, group by group) takes O(n log r): a million-unit application of two groups is one merge,
 * not twenty passes, and a list already in order (or strictly reversed) is one run.
 */
export function mergeSortBy(list: I32Buf, start: i32, n: i32, before: (a: i32, b: i32) => bool): void {
  // Runs: each stretch in order, or in strictly reverse order (then reversed in place: without
  // ties that is what the stable sort gives it), as "most expensive first" meets a line's units.
  runStarts.len = 0;
  for (let i = 0; i < n;) {
    runStarts.push(i);
    let j = i + 1;
    if (j < n && before(list.at(start + j), list.at(start + i))) {
      while (j + 1 < n && before(list.at(start + j + 1), list.at(start + j))) j++;
      reverseRange(list, start + i, j + 1 - i);
      i = j + 1;
    } else {
      while (j < n && !before(list.at(start + j), list.at(start + j - 1))) j++;
      i = j;
    }
  }
  runStarts.push(n);
  mergeTmp.ensure(n);
  let nb = runStarts.len;
  while (nb > 2) {
    let w = 0;
    for (let k = 0; k < nb - 1; k += 2) {
      const lo = runStarts.at(k);
      const mid = runStarts.at(k + 1);
      const hi = k + 2 < nb ? runStarts.at(k + 2) : mid;
      let i = lo, j = mid, o = lo;
      // One side winning GALLOP_AFTER times in a row takes its next stretch by galloping: a line's
      // million units merged with a few others cost a few dozen comparisons, not a million.
      let won = 0;
      while (i < mid && j < hi) {
        if (won >= GALLOP_AFTER || won <= -GALLOP_AFTER) {
          const right = won > 0;
          const c = right ? aheadCount(list, start, j, hi, list.at(start + i), before, false) : aheadCount(list, start, i, mid, list.at(start + j), before, true);
          const from = right ? j : i;
          memory.copy(mergeTmp.ptr() + (<usize>o << 2), list.ptr() + (<usize>(start + from) << 2), <usize>c << 2);
          o += c;
          if (right) j += c;
          else i += c;
          won = 0;
          continue;
        }
        if (before(list.at(start + j), list.at(start + i))) {
          mergeTmp.put(o++, list.at(start + j++));
          won = won > 0 ? won + 1 : 1;
        } else {
          mergeTmp.put(o++, list.at(start + i++));
          won = won < 0 ? won - 1 : -1;
        }
      }
      while (i < mid) mergeTmp.put(o++, list.at(start + i++));
      while (j < hi) mergeTmp.put(o++, list.at(start + j++));
      runStarts.put(w++, lo);
    }
    runStarts.put(w++, n);
    nb = w;
    for (let i = 0; i < n; i++) list.put(start + i, mergeTmp.at(i));
  }
}

const sortScratch = new I64Buf(256);
const ascKeys = new I32Buf(256);
const ascRuns = new I32Buf(64);

/**
 * Sorts keys[start..start+n) ascending, each `id` moving with its key (ids may be null). Keys are
 * distinct where it is used (unit indices), so the order is the reference's `Array.sort`'s.
 * Insertion sort for short lists, a natural merge sort for long ones (a line of 100,000 units).
 */
export function sortAscending(keys: I32Buf, start: i32, n: i32, ids: I64Buf | null): void {
  const o = presorted(keys, start, n);
  if (o > 0) return;
  if (o < 0) {
    reverseRange(keys, start, n);
    if (ids !== null) {
      for (let i = start, j = start + n - 1; i < j; i++, j--) {
        const v = ids.at(i);
        ids.put(i, ids.at(j));
        ids.put(j, v);
      }
    }
    return;
  }
  if (n <= 32) {
    for (let i = start + 1; i < start + n; i++) {
      const k = keys.at(i);
      const v: i64 = ids === null ? 0 : ids.at(i);
      let j = i - 1;
      while (j >= start && keys.at(j) > k) {
        keys.put(j + 1, keys.at(j));
        if (ids !== null) ids.put(j + 1, ids.at(j));
        j--;
      }
      keys.put(j + 1, k);
      if (ids !== null) ids.put(j + 1, v);
    }
    return;
  }
  // A natural merge sort on the keys themselves (keys are distinct, so any stable order is the
  // order), ids moving with them: a long list is a few ascending stretches (each group's members
  // in order), so it merges in a few passes with no comparator call per element.
  ascRuns.len = 0;
  for (let i = 0; i < n;) {
    ascRuns.push(i);
    let j = i + 1;
    while (j < n && keys.at(start + j) > keys.at(start + j - 1)) j++;
    i = j;
  }
  ascRuns.push(n);
  ascKeys.ensure(n);
  if (ids !== null) sortScratch.ensure(n);
  let nb = ascRuns.len;
  while (nb > 2) {
    let w = 0;
    for (let k = 0; k < nb - 1; k += 2) {
      const lo = ascRuns.at(k);
      const mid = ascRuns.at(k + 1);
      const hi = k + 2 < nb ? ascRuns.at(k + 2) : mid;
      let i = lo, j = mid, o = lo;
      let won = 0;
      while (i < mid && j < hi) {
        // Galloping as in mergeSortBy: keys are distinct, so a stretch is the keys below the
        // other run's head.
        if (won >= GALLOP_AFTER || won <= -GALLOP_AFTER) {
          const right = won > 0;
          const from = right ? j : i;
          const to = right ? hi : mid;
          const x = keys.at(start + (right ? i : j));
          let ok = from;
          let step = 1;
          while (ok < to) {
            const at = min(ok + step, to) - 1;
            if (keys.at(start + at) < x) { ok = at + 1; step <<= 1; continue; }
            let a = ok, b = at;
            while (a < b) {
              const m = (a + b) >>> 1;
              if (keys.at(start + m) < x) a = m + 1;
              else b = m;
            }
            ok = a;
            break;
          }
          const c = ok - from;
          memory.copy(ascKeys.ptr() + (<usize>o << 2), keys.ptr() + (<usize>(start + from) << 2), <usize>c << 2);
          if (ids !== null) memory.copy(sortScratch.ptr() + (<usize>o << 3), ids.ptr() + (<usize>(start + from) << 3), <usize>c << 3);
          o += c;
          if (right) j += c;
          else i += c;
          won = 0;
          continue;
        }
        const right = keys.at(start + j) < keys.at(start + i);
        const from = right ? j++ : i++;
        won = right ? (won > 0 ? won + 1 : 1) : (won < 0 ? won - 1 : -1);
        ascKeys.put(o, keys.at(start + from));
        if (ids !== null) sortScratch.put(o, ids.at(start + from));
        o++;
      }
      for (; i < mid; i++, o++) {
        ascKeys.put(o, keys.at(start + i));
        if (ids !== null) sortScratch.put(o, ids.at(start + i));
      }
      for (; j < hi; j++, o++) {
        ascKeys.put(o, keys.at(start + j));
        if (ids !== null) sortScratch.put(o, ids.at(start + j));
      }
      ascRuns.put(w++, lo);
    }
    ascRuns.put(w++, n);
    nb = w;
    memory.copy(keys.ptr() + (<usize>start << 2), ascKeys.ptr(), <usize>n << 2);
    if (ids !== null) memory.copy(ids.ptr() + (<usize>start << 3), sortScratch.ptr(), <usize>n << 3);
  }
}
