import { describe, expect, it } from 'vitest';
import type { HistoryCounts } from '../../../src/history/types.ts';
import {
  consentLabel, formatBytes, formatInstant, importedSentence, importProgressLine, periodOf, planSentence, replayProgressLine, reviewSentence, runFacts, runTime,
} from '../../../src/ui/history/history-words.ts';
import { historyMeta, runMeta } from '../../support/history-db-factories.ts';

const counts = (c: Partial<HistoryCounts>): HistoryCounts => ({ rows: 0, lines: 0, orders: 0, badRows: 0, skippedOrders: 0, problems: 0, ...c });

describe('the History view in words', () => {
  it.each([
    [{ skippedOrders: 12, badRows: 14 }, 'Skip 12 bad orders and continue'],
    [{ skippedOrders: 1, badRows: 1 }, 'Skip 1 bad order and continue'],
    [{ skippedOrders: 0, badRows: 3 }, 'Skip 3 bad rows and continue'],
  ] as const)('consent %j → %s', (c, text) => {
    expect(consentLabel(counts(c))).toBe(text);
  });

  it('the review says how many rows are bad, in how many orders, and what happens to them', () => {
    expect(reviewSentence('q1.csv', counts({ badRows: 14, skippedOrders: 12, orders: 1988 }))).toBe(
      'q1.csv has 14 bad rows in 12 orders. 1,988 orders are ready to import; the 12 orders with a bad row would be left out whole.',
    );
    expect(reviewSentence('h.jsonl', counts({ badRows: 1, orders: 1 }))).toBe('h.jsonl has 1 bad row. 1 order is ready to import.');
  });

  it('an import done', () => {
    expect(importedSentence(historyMeta('h', { name: 'q1.csv', counts: counts({ orders: 1988, lines: 4211, skippedOrders: 12 }) }))).toBe(
      'Imported q1.csv: 1,988 orders, 4,211 lines (12 orders with bad rows left out).',
    );
  });

  it.each([
    [999, '999 B'],
    [1536, '1.5 kB'],
    [414_133, '414 kB'],
    [1_536_000, '1.5 MB'],
    [52_000_000, '52 MB'],
    [2_300_000_000, '2.3 GB'],
  ] as const)('%i bytes → %s', (b, text) => {
    expect(formatBytes(b)).toBe(text);
  });

  it('progress lines', () => {
    expect(importProgressLine(1_500_000, 3_000_000, 12_000, { done: 1_500_000, total: 3_000_000, fraction: 0.5, perSecond: 1_000_000, secondsLeft: 2 })).toBe(
      '1.5 MB of 3.0 MB · 12,000 rows · 1.0 MB/s · 2 s left',
    );
    expect(importProgressLine(2048, undefined, 1, undefined)).toBe('2.0 kB · 1 row');
    expect(replayProgressLine(undefined)).toBe('Loading the solver and the history…');
    expect(replayProgressLine({ done: 1234, total: 5000, fraction: 0.25, perSecond: 1234, secondsLeft: 4 })).toBe('1,234 of 5,000 orders · 1,230 orders/s · 4 s left');
  });

  it.each([
    ['byCustomer', [980, 1020], 'Customers in 2 shards, run in parallel.'],
    ['byCustomer', [980, 0], 'Customers in 1 shard.'],
    ['single', [2000], 'One time-ordered shard: promotion-wide limits need every order in time order.'],
  ] as const)('plan %s %j', (kind, orders, text) => {
    expect(planSentence(kind, orders)).toBe(text);
  });

  it('dates and times', () => {
    expect(formatInstant('2026-12-01T14:05:09Z', 'UTC')).toBe('1 Dec 2026, 14:05');
    expect(formatInstant('not a date')).toBe('not a date');
    expect(periodOf({ firstAt: '2026-01-02T10:00:00Z', lastAt: '2026-03-30T18:00:00Z' }, 'UTC')).toBe('2 Jan 2026 – 30 Mar 2026');
    expect(periodOf({ firstAt: '2026-01-02T10:00:00Z', lastAt: '2026-01-02T18:00:00Z' }, 'UTC')).toBe('2 Jan 2026');
    expect(periodOf({})).toBe('—');
    expect(runTime(4210)).toBe('4.2 s');
    expect(runTime(125_000)).toBe('2 min 5 s');
  });

  it('a run in one line', () => {
    expect(runFacts(runMeta('r', 'h', { bundle: { name: 'Sample', revision: '1a2b3c4d5e', input: {} }, solver: 'wasm', workers: 2, elapsedMs: 4210 }))).toBe(
      'Sample · rev 1a2b3c4 · WASM solver · 2 workers · 4.2 s',
    );
  });
});
