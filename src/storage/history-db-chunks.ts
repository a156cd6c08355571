/**
 * The pure side of the history database: cutting a stream of orders or outcomes into JSON chunks,
 * the span of a history's dates, the list of histories with their runs, and which staged rows a
 * sweep may remove. No IndexedDB here, so all of it is unit-tested in Node.
 */
import type { HistoryListing, HistoryMeta, RunMeta } from './history-db-types.ts';

/** Orders per stored chunk: ~1 MB of JSON for typical orders, a few ms to parse. */
export const ORDER_CHUNK = 2_000;
/** Outcomes per stored chunk (an outcome is a fraction of an order's size). */
export const OUTCOME_CHUNK = 5_000;
/** A staged row older than this belongs to an import or run whose tab closed mid-way. */
export const STAGING_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface Chunker<T> {
  /** Adds one item; emits a chunk when `size` items are waiting. */
  add(item: T): void;
  /** Emits what is left (nothing when empty). Returns the number of chunks emitted in all. */
  flush(): number;
}

/**
 * Cuts items into JSON text chunks numbered from 0. `JSON.stringify` throws on a bigint, so a
 * value that cannot round-trip through a file is a bug caught at the first write.
 * @example const c = makeChunker<number>(2, (i, n, json) => put(i, json)); c.add(1); c.add(2); c.flush() // 1 chunk: '[1,2]'
 */
export function makeChunker<T>(size: number, emit: (index: number, count: number, json: string) => void): Chunker<T> {
  let waiting: T[] = [];
  let chunks = 0;
  const out = () => {
    emit(chunks++, waiting.length, JSON.stringify(waiting));
    waiting = [];
  };
  return {
    add(item) {
      waiting.push(item);
      if (waiting.length >= Math.max(1, size)) out();
    },
    flush() {
      if (waiting.length > 0) out();
      return chunks;
    },
  };
}

export interface Span {
  readonly firstAt?: string;
  readonly lastAt?: string;
}

/**
 * The earliest and latest instant of a history, compared as instants (offsets differ between
 * orders), kept as written.
 * @example spanOf(['2026-03-01T10:00:00+01:00', '2026-03-01T09:30:00Z']) // { firstAt: '2026-03-01T10:00:00+01:00', lastAt: '2026-03-01T09:30:00Z' }
 */
export function spanOf(instants: Iterable<string>): Span {
  let first: { at: string; ms: number } | undefined;
  let last: { at: string; ms: number } | undefined;
  for (const at of instants) {
    const ms = Date.parse(at);
    if (Number.isNaN(ms)) continue;
    if (first === undefined || ms < first.ms) first = { at, ms };
    if (last === undefined || ms > last.ms) last = { at, ms };
  }
  return first === undefined || last === undefined ? {} : { firstAt: first.at, lastAt: last.at };
}

/** Grows a span by one instant (the import worker sees orders one at a time). */
export const widenSpan = (span: Span, at: string): Span =>
  spanOf([...(span.firstAt === undefined ? [] : [span.firstAt]), ...(span.lastAt === undefined ? [] : [span.lastAt]), at]);

const newestFirst = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);

/**
 * Ready histories, newest import first, each with its complete runs, newest first. Staged rows
 * are work in progress (or left behind) and never listed.
 * @example listingsOf(histories, runs)[0]?.runs[0]?.report?.totals.saving
 */
export function listingsOf(histories: readonly HistoryMeta[], runs: readonly RunMeta[]): HistoryListing[] {
  const byHistory = new Map<string, RunMeta[]>();
  for (const r of runs) {
    if (r.status !== 'complete') continue;
    const list = byHistory.get(r.historyId) ?? [];
    list.push(r);
    byHistory.set(r.historyId, list);
  }
  return histories
    .filter((h) => h.status === 'ready')
    .sort((a, b) => newestFirst(a.importedAt, b.importedAt) || (a.id < b.id ? -1 : 1))
    .map((history) => ({ history, runs: (byHistory.get(history.id) ?? []).sort((a, b) => newestFirst(a.startedAt, b.startedAt) || (a.id < b.id ? -1 : 1)) }));
}

/**
 * Staged rows another tab may still be writing are left alone; only those older than the
 * maximum age (the tab closed or crashed mid-way) are swept.
 * @example isAbandoned({ status: 'staging', importedAt: '2026-01-01T00:00:00Z' }, Date.parse('2026-01-03T00:00:00Z')) // true
 */
export function isAbandoned(row: { readonly status: string; readonly importedAt?: string; readonly startedAt?: string }, now: number, maxAgeMs = STAGING_MAX_AGE_MS): boolean {
  if (row.status !== 'staging') return false;
  const since = Date.parse(row.importedAt ?? row.startedAt ?? '');
  return Number.isNaN(since) || now - since > maxAgeMs;
}

/**
 * A history's name from its file: the name without folders, as the user picked it.
 * @example historyName('C:\\exports\\orders-q1.csv') // 'orders-q1.csv'
 */
export function historyName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop()?.trim() ?? '';
  return base === '' ? 'Order history' : base;
}

/**
 * The format a file is read in, from its name; undefined for anything else.
 * @example formatOfFile('orders.JSONL') // 'jsonl'
 */
export function formatOfFile(fileName: string): 'csv' | 'jsonl' | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  return undefined;
}
