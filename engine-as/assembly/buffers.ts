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
    let next = cap << 1;
    while (next < n) next <<= 1;
    const d = new StaticArray<T>(next);
    memory.copy(changetype<usize>(d), changetype<usize>(this.data), <usize>this.len * sizeof<T>());
    this.data = d;
  }
  @inline push(v: T): void {
    if (this.len == this.data.length) this.ensure(this.len + 1);
    unchecked((this.data[this.len++] = v));
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
