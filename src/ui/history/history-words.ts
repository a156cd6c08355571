/**
 * The History view's sentences and figures in words: pure, so the wording is a table test and
 * the components stay markup.
 */
import type { HistoryCounts } from '../../history/types.ts';
import type { HistoryMeta, RunMeta } from '../../storage/history-db-types.ts';
import { formatRate, formatSecondsLeft, type ProgressFigures } from './progress.ts';

const count = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/**
 * @example formatBytes(1_536_000) // '1.5 MB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} kB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(1)} GB`;
}

/**
 * The button that accepts an import with bad rows: it says exactly what is left out.
 * @example consentLabel({ skippedOrders: 12, badRows: 14, … }) // 'Skip 12 bad orders and continue'
 */
export function consentLabel(counts: HistoryCounts): string {
  return counts.skippedOrders > 0 ? `Skip ${plural(counts.skippedOrders, 'bad order')} and continue` : `Skip ${plural(counts.badRows, 'bad row')} and continue`;
}

/**
 * What the review of a staged import says before the user decides.
 * @example reviewSentence('q1.csv', counts) // 'q1.csv has 14 bad rows in 12 orders. 1,988 orders are ready to import; the 12 orders with a bad row would be left out whole.'
 */
export function reviewSentence(name: string, counts: HistoryCounts): string {
  const rows = plural(counts.badRows, 'bad row');
  const where = counts.skippedOrders > 0 ? ` in ${plural(counts.skippedOrders, 'order')}` : '';
  const left = counts.skippedOrders > 0 ? `; the ${plural(counts.skippedOrders, 'order')} with a bad row would be left out whole` : '';
  return `${name} has ${rows}${where}. ${plural(counts.orders, 'order')} ${counts.orders === 1 ? 'is' : 'are'} ready to import${left}.`;
}

/** @example importedSentence(meta) // 'Imported q1.csv: 1,988 orders, 4,211 lines (12 orders with bad rows left out).' */
export function importedSentence(meta: HistoryMeta): string {
  const c = meta.counts;
  const skipped = c.skippedOrders > 0 ? ` (${plural(c.skippedOrders, 'order')} with bad rows left out)` : '';
  return `Imported ${meta.name}: ${plural(c.orders, 'order')}, ${plural(c.lines, 'line')}${skipped}.`;
}

/** The import's progress line: how much of the file, how many rows, how fast, how long. */
export function importProgressLine(bytesRead: number, bytes: number | undefined, rows: number, figures: ProgressFigures | undefined): string {
  const size = bytes === undefined ? formatBytes(bytesRead) : `${formatBytes(bytesRead)} of ${formatBytes(bytes)}`;
  const speed = figures?.perSecond === undefined ? '' : ` · ${formatBytes(Math.round(figures.perSecond))}/s · ${formatSecondsLeft(figures.secondsLeft)}`;
  return `${size} · ${plural(rows, 'row')}${speed}`;
}

/** The replay's progress line. @example '1,234 of 5,000 orders · 1,230 orders/s · 4 s left' */
export function replayProgressLine(figures: ProgressFigures | undefined): string {
  if (figures === undefined) return 'Loading the solver and the history…';
  return `${count(figures.done)} of ${plural(figures.total, 'order')} · ${formatRate(figures.perSecond, 'orders')} · ${formatSecondsLeft(figures.secondsLeft)}`;
}

/**
 * How the run is split, from the plan.
 * @example planSentence('byCustomer', [980, 1020]) // 'Customers in 2 shards, run in parallel.'
 */
export function planSentence(kind: 'byCustomer' | 'single', orders: readonly number[]): string {
  if (kind === 'single') return 'One time-ordered shard: promotion-wide limits need every order in time order.';
  const busy = orders.filter((n) => n > 0).length;
  return busy <= 1 ? 'Customers in 1 shard.' : `Customers in ${busy} shards, run in parallel.`;
}

/**
 * An ISO instant in the reader's local time, as the rest of the app writes dates.
 * @example formatInstant('2026-12-01T14:05:09Z', 'UTC') // '1 Dec 2026, 14:05'
 */
export function formatInstant(iso: string, timeZone?: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, ...(timeZone === undefined ? {} : { timeZone }) }).format(ms);
}

/**
 * The span of a history's orders as dates.
 * @example periodOf({ firstAt: '2026-01-02T10:00:00Z', lastAt: '2026-03-30T18:00:00Z' }, 'UTC') // '2 Jan 2026 – 30 Mar 2026'
 */
export function periodOf(meta: Pick<HistoryMeta, 'firstAt' | 'lastAt'>, timeZone?: string): string {
  if (meta.firstAt === undefined || meta.lastAt === undefined) return '—';
  const day = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', ...(timeZone === undefined ? {} : { timeZone }) }).format(Date.parse(iso));
  const a = day(meta.firstAt);
  const b = day(meta.lastAt);
  return a === b ? a : `${a} – ${b}`;
}

/** @example runTime(4210) // '4.2 s' */
export function runTime(ms: number | undefined): string {
  if (ms === undefined) return '—';
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** The run's facts in one line. @example 'Sample workspace · rev 1a2b3c4 · WASM solver · 2 workers · 4.2 s' */
export function runFacts(run: RunMeta): string {
  const solver = run.solver === 'wasm' ? 'WASM solver' : run.solver === 'reference' ? 'reference solver' : undefined;
  const workers = run.workers === undefined ? undefined : plural(run.workers, 'worker');
  return [run.bundle.name, `rev ${run.bundle.revision.slice(0, 7)}`, solver, workers, runTime(run.elapsedMs)].filter((x) => x !== undefined).join(' · ');
}
