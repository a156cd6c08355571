import { describe, expect, it } from 'vitest';
import { formatOfFile, historyName, isAbandoned, listingsOf, makeChunker, spanOf, widenSpan, STAGING_MAX_AGE_MS } from '../../src/storage/history-db-chunks.ts';
import { historyMeta, runMeta } from '../support/history-db-factories.ts';

describe('chunks', () => {
  it.each([
    [0, 3, []],
    [2, 3, [[0, 2, '[1,2]']]],
    [3, 3, [[0, 3, '[1,2,3]']]],
    [7, 3, [[0, 3, '[1,2,3]'], [1, 3, '[4,5,6]'], [2, 1, '[7]']]],
  ] as const)('%i items in chunks of %i', (n, size, expected) => {
    const out: [number, number, string][] = [];
    const c = makeChunker<number>(size, (i, count, json) => out.push([i, count, json]));
    for (let i = 1; i <= n; i++) c.add(i);
    expect(c.flush()).toBe(expected.length);
    expect(out).toEqual(expected);
  });

  it('refuses a value that cannot round-trip through a file (a bigint) at once', () => {
    const c = makeChunker<unknown>(1, () => undefined);
    expect(() => c.add({ saving: 5n })).toThrow();
  });
});

describe('span of a history', () => {
  it('compares instants, not texts: offsets differ between orders', () => {
    expect(spanOf(['2026-03-01T10:00:00+01:00', '2026-03-01T09:30:00Z', '2026-02-28T23:00:00-05:00'])).toEqual({
      firstAt: '2026-02-28T23:00:00-05:00',
      lastAt: '2026-03-01T09:30:00Z',
    });
  });

  it('is empty without orders, and grows one instant at a time', () => {
    expect(spanOf([])).toEqual({});
    let s = widenSpan({}, '2026-01-02T00:00:00Z');
    s = widenSpan(s, '2026-01-01T00:00:00Z');
    s = widenSpan(s, '2026-01-03T00:00:00Z');
    expect(s).toEqual({ firstAt: '2026-01-01T00:00:00Z', lastAt: '2026-01-03T00:00:00Z' });
  });
});

describe('the list of histories', () => {
  it('lists ready histories newest first with their complete runs newest first; staged rows never show', () => {
    const listings = listingsOf(
      [
        historyMeta('h-old', { importedAt: '2026-11-01T10:00:00Z' }),
        historyMeta('h-new', { importedAt: '2026-11-20T10:00:00Z' }),
        historyMeta('h-staging', { importedAt: '2026-11-30T10:00:00Z', status: 'staging' }),
      ],
      [
        runMeta('r1', 'h-old', { startedAt: '2026-11-02T10:00:00Z' }),
        runMeta('r2', 'h-old', { startedAt: '2026-11-03T10:00:00Z' }),
        runMeta('r3', 'h-old', { startedAt: '2026-11-04T10:00:00Z', status: 'staging' }),
        runMeta('r4', 'h-staging', { startedAt: '2026-11-30T11:00:00Z' }),
      ],
    );
    expect(listings.map((l) => [l.history.id, l.runs.map((r) => r.id)])).toEqual([
      ['h-new', []],
      ['h-old', ['r2', 'r1']],
    ]);
  });
});

describe('sweeping staged rows', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  it.each([
    ['a ready history', { status: 'ready', importedAt: '2026-01-01T00:00:00Z' }, false],
    ['a staged import still running in another tab', { status: 'staging', importedAt: '2026-12-01T11:00:00Z' }, false],
    ['a staged import left behind a day ago', { status: 'staging', importedAt: new Date(now - STAGING_MAX_AGE_MS - 1).toISOString() }, true],
    ['a staged run left behind', { status: 'staging', startedAt: '2026-11-01T00:00:00Z' }, true],
    ['a staged row without a date', { status: 'staging' }, true],
  ] as const)('%s → %s', (_, row, expected) => {
    expect(isAbandoned(row, now)).toBe(expected);
  });
});

describe('names and formats from files', () => {
  it.each([
    ['orders.csv', 'orders.csv', 'csv'],
    ['C:\\exports\\Q1 orders.CSV', 'Q1 orders.CSV', 'csv'],
    ['/tmp/history.jsonl', 'history.jsonl', 'jsonl'],
    ['h.ndjson', 'h.ndjson', 'jsonl'],
    ['orders.xlsx', 'orders.xlsx', undefined],
    ['', 'Order history', undefined],
  ] as const)('%j → %j, %s', (file, name, format) => {
    expect(historyName(file)).toBe(name);
    expect(formatOfFile(file)).toBe(format);
  });
});
