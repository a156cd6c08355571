/**
 * A string-keyed memo that forgets everything once it holds `limit` entries: memory stays bounded
 * however long a process runs (a replayed history, a service), with no eviction bookkeeping on the
 * hot path. For values that are cheap to recompute now and then but costly to compute every time.
 * @example const deals = new BoundedMemo<Deal>(4096); deals.get(key, () => compile(rule))
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The value kept for `key`, computed (and kept) when there is none. */
  get(key: string, compute: () => V): V {
    const known = this.entries.get(key);
    if (known !== undefined) return known;
    const value = compute();
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
