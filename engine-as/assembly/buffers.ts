// Growable flat buffers. Allocated once at load; a buffer only grows (doubling) when a basket needs
// more than any basket before it, so steady-state solving allocates nothing. Under `--runtime stub`
// nothing is ever freed: the replaced storage is the price of growth, bounded by 2× the peak size.

export class I32Buf {
  data: StaticArray<i32>;
  len: i32 = 0;
  constructor(cap: i32) {
    this.data = new StaticArray<i32>(cap < 16 ? 16 : cap);
  }
  @inline at(i: i32): i32 {
    return unchecked(this.data[i]);
  }
  @inline put(i: i32, v: i32): void {
    unchecked((this.data[i] = v));
  }
  /** Makes room for `n` elements in total (contents kept). */
  ensure(n: i32): void {
    const cap = this.data.length;
    if (n <= cap) return;
    let next = cap << 1;
    while (next < n) next <<= 1;
    const d = new StaticArray<i32>(next);
    memory.copy(changetype<usize>(d), changetype<usize>(this.data), <usize>this.len << 2);
    this.data = d;
  }
  @inline push(v: i32): void {
    if (this.len == this.data.length) this.ensure(this.len + 1);
    unchecked((this.data[this.len++] = v));
  }
  /** Appends `n` zeroed slots and returns the offset of the first. */
  alloc(n: i32): i32 {
    const at = this.len;
    this.ensure(at + n);
    memory.fill(changetype<usize>(this.data) + (<usize>at << 2), 0, <usize>n << 2);
    this.len = at + n;
    return at;
  }
  @inline ptr(): usize {
    return changetype<usize>(this.data);
  }
}

export class I64Buf {
  data: StaticArray<i64>;
  len: i32 = 0;
  constructor(cap: i32) {
    this.data = new StaticArray<i64>(cap < 16 ? 16 : cap);
  }
  @inline at(i: i32): i64 {
    return unchecked(this.data[i]);
  }
  @inline put(i: i32, v: i64): void {
    unchecked((this.data[i] = v));
  }
  ensure(n: i32): void {
    const cap = this.data.length;
    if (n <= cap) return;
    let next = cap << 1;
    while (next < n) next <<= 1;
    const d = new StaticArray<i64>(next);
    memory.copy(changetype<usize>(d), changetype<usize>(this.data), <usize>this.len << 3);
    this.data = d;
  }
  @inline push(v: i64): void {
    if (this.len == this.data.length) this.ensure(this.len + 1);
    unchecked((this.data[this.len++] = v));
  }
  alloc(n: i32): i32 {
    const at = this.len;
    this.ensure(at + n);
    memory.fill(changetype<usize>(this.data) + (<usize>at << 3), 0, <usize>n << 3);
    this.len = at + n;
    return at;
  }
  @inline ptr(): usize {
    return changetype<usize>(this.data);
  }
}
