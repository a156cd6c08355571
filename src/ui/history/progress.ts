/**
 * Progress of a long job (an import, a replay) as figures a progress bar can show: how far, how
 * fast, how long still. Pure and clock-free (the caller passes `now`), so it is a table test.
 *
 * The rate is measured over a sliding window of recent samples rather than since the start: a
 * replay's first seconds include loading WASM and the history, which would make the early rate
 * (and so the time left) far too pessimistic for the rest of the run.
 */

export interface ProgressSample {
  /** Milliseconds on any monotonic clock (performance.now()). */
  readonly at: number;
  /** Items done at that moment (orders, bytes…). */
  readonly done: number;
}

export interface ProgressTracker {
  readonly total: number;
  /** Newest last; at most `window` ms apart from first to last (plus one older sample). */
  readonly samples: readonly ProgressSample[];
}

export interface ProgressFigures {
  readonly done: number;
  readonly total: number;
  /** 0–1; 1 when total is 0. */
  readonly fraction: number;
  /** Items per second over the window, or undefined until two samples are far enough apart. */
  readonly perSecond: number | undefined;
  /** Whole seconds left at that rate, or undefined while the rate is unknown. 0 when done. */
  readonly secondsLeft: number | undefined;
}

/** How far back the rate looks. */
export const RATE_WINDOW_MS = 5_000;
/** Below this span the rate is noise (two batches arriving together). */
const MIN_SPAN_MS = 250;

/** @example startProgress(1000, performance.now()) */
export const startProgress = (total: number, at: number): ProgressTracker => ({ total, samples: [{ at, done: 0 }] });

/**
 * Adds a sample and drops those older than the window, keeping one sample at or before the
 * window's start so the rate always spans the whole window. `done` never goes backwards.
 * @example let t = startProgress(100, 0); t = recordProgress(t, 1000, 10); progressFigures(t).perSecond // 10
 */
export function recordProgress(tracker: ProgressTracker, at: number, done: number): ProgressTracker {
  const last = tracker.samples[tracker.samples.length - 1];
  const next: ProgressSample = { at, done: Math.max(done, last?.done ?? 0) };
  const samples = [...tracker.samples, next];
  let first = 0;
  while (first + 1 < samples.length && samples[first + 1]!.at <= at - RATE_WINDOW_MS) first++;
  return { total: tracker.total, samples: samples.slice(first) };
}

/**
 * @example progressFigures(recordProgress(startProgress(100, 0), 2000, 50)) // { done: 50, fraction: 0.5, perSecond: 25, secondsLeft: 2, … }
 */
export function progressFigures(tracker: ProgressTracker): ProgressFigures {
  const first = tracker.samples[0];
  const last = tracker.samples[tracker.samples.length - 1];
  const done = Math.min(last?.done ?? 0, tracker.total);
  const total = tracker.total;
  const fraction = total <= 0 ? 1 : done / total;
  if (done >= total) return { done, total, fraction: 1, perSecond: rate(first, last), secondsLeft: 0 };
  const perSecond = rate(first, last);
  const secondsLeft = perSecond === undefined || perSecond <= 0 ? undefined : Math.ceil((total - done) / perSecond);
  return { done, total, fraction, perSecond, secondsLeft };
}

function rate(first: ProgressSample | undefined, last: ProgressSample | undefined): number | undefined {
  if (first === undefined || last === undefined) return undefined;
  const span = last.at - first.at;
  if (span < MIN_SPAN_MS) return undefined;
  return ((last.done - first.done) * 1000) / span;
}

/**
 * Time left in words for the progress line.
 * @example formatSecondsLeft(75) // '1 min 15 s left'
 */
export function formatSecondsLeft(seconds: number | undefined): string {
  if (seconds === undefined) return 'estimating time left…';
  if (seconds <= 0) return 'done';
  if (seconds < 60) return `${seconds} s left`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes < 60) return rest === 0 ? `${minutes} min left` : `${minutes} min ${rest} s left`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes % 60} min left`;
}

/**
 * A rate for the progress line, rounded so it does not flicker.
 * @example formatRate(1234.5, 'orders') // '1,230 orders/s'
 */
export function formatRate(perSecond: number | undefined, unit: string): string {
  if (perSecond === undefined) return `— ${unit}/s`;
  const rounded = perSecond >= 1000 ? Math.round(perSecond / 10) * 10 : perSecond >= 10 ? Math.round(perSecond) : Math.round(perSecond * 10) / 10;
  return `${rounded.toLocaleString('en-US')} ${unit}/s`;
}
