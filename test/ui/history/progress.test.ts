import { describe, expect, it } from 'vitest';
import { formatRate, formatSecondsLeft, progressFigures, recordProgress, startProgress, RATE_WINDOW_MS, type ProgressTracker } from '../../../src/ui/history/progress.ts';

/** A tracker fed with [ms, done] samples in order. */
function fed(total: number, samples: readonly (readonly [number, number])[]): ProgressTracker {
  let t = startProgress(total, 0);
  for (const [at, done] of samples) t = recordProgress(t, at, done);
  return t;
}

describe('progress figures', () => {
  it.each([
    ['nothing reported yet', 100, [], { done: 0, fraction: 0, perSecond: undefined, secondsLeft: undefined }],
    ['two batches too close together to measure', 100, [[100, 10]], { done: 10, fraction: 0.1, perSecond: undefined, secondsLeft: undefined }],
    ['a steady 25 per second', 100, [[1000, 25], [2000, 50]], { done: 50, fraction: 0.5, perSecond: 25, secondsLeft: 2 }],
    ['a part second left rounds up', 100, [[1000, 30]], { done: 30, fraction: 0.3, perSecond: 30, secondsLeft: 3 }],
    ['finished', 100, [[1000, 40], [2000, 100]], { done: 100, fraction: 1, perSecond: 50, secondsLeft: 0 }],
    ['an empty job is finished at once', 0, [], { done: 0, fraction: 1, secondsLeft: 0 }],
    ['no progress over the window: time left unknown', 100, [[1000, 0], [2000, 0]], { done: 0, perSecond: 0, secondsLeft: undefined }],
  ] as const)('%s', (_, total, samples, expected) => {
    expect(progressFigures(fed(total, samples))).toMatchObject(expected);
  });

  it('measures the rate over the recent window, not since the start (a slow start does not weigh on the estimate)', () => {
    // 10 s loading with nothing done, then 100 per second.
    const t = fed(10_000, [[10_000, 0], [11_000, 100], [12_000, 200], [13_000, 300], [14_000, 400], [15_000, 500], [16_000, 600]]);
    expect(progressFigures(t).perSecond).toBe(100);
    expect(progressFigures(t).secondsLeft).toBe(94);
    expect(t.samples[0]!.at).toBeGreaterThanOrEqual(16_000 - RATE_WINDOW_MS - 1000);
  });

  it('a count that goes backwards (a late batch) is ignored', () => {
    expect(progressFigures(fed(100, [[1000, 40], [1500, 30]])).done).toBe(40);
  });

  it('done never shows above the total', () => {
    expect(progressFigures(fed(10, [[1000, 12]]))).toMatchObject({ done: 10, fraction: 1 });
  });
});

describe('progress words', () => {
  it.each([
    [undefined, 'estimating time left…'],
    [0, 'done'],
    [42, '42 s left'],
    [60, '1 min left'],
    [75, '1 min 15 s left'],
    [3720, '1 h 2 min left'],
  ] as const)('%s seconds → %s', (s, text) => {
    expect(formatSecondsLeft(s)).toBe(text);
  });

  it.each([
    [undefined, '— orders/s'],
    [2.34, '2.3 orders/s'],
    [57.6, '58 orders/s'],
    [12_345.6, '12,350 orders/s'],
  ] as const)('rate %s → %s', (r, text) => {
    expect(formatRate(r, 'orders')).toBe(text);
  });
});
