/** Rows of the history database, with just enough filled in; override what a test is about. */
import type { HistoryMeta, RunMeta } from '../../src/storage/history-db-types.ts';

export const historyMeta = (id: string, overrides: Partial<HistoryMeta> = {}): HistoryMeta => ({
  id,
  name: `${id}.csv`,
  format: 'csv',
  currency: 'USD',
  importedAt: '2026-11-01T10:00:00Z',
  status: 'ready',
  counts: { rows: 3, lines: 3, orders: 2, badRows: 0, skippedOrders: 0, problems: 0 },
  chunks: 1,
  ...overrides,
});

export const runMeta = (id: string, historyId: string, overrides: Partial<RunMeta> = {}): RunMeta => ({
  id,
  historyId,
  startedAt: '2026-11-02T10:00:00Z',
  status: 'complete',
  bundle: { name: 'Fixture workspace', revision: 'abc', input: {} },
  ...overrides,
});
