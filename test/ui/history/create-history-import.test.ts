import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src/domain/problem.ts';
import type { HistoryDb } from '../../../src/storage/history-db.ts';
import { createHistoryImport } from '../../../src/ui/history/create-history-import.ts';
import type { ImportOutcome, ImportProgress } from '../../../src/ui/history/import-job.ts';
import type { ImportWorkerHandle } from '../../../src/ui/history/spawn-history-workers.ts';
import { historyMeta } from '../../support/history-db-factories.ts';

const outcome = (committed: boolean): ImportOutcome => ({
  meta: historyMeta('h1', { status: committed ? 'ready' : 'staging' }),
  committed,
  counts: { rows: 3, lines: 2, orders: 2, badRows: committed ? 0 : 1, skippedOrders: committed ? 0 : 1, problems: committed ? 0 : 1 },
  problems: [],
  skippedOrderIds: committed ? [] : ['o3'],
});

/** One import worker whose answer and progress the test delivers, in any order. */
function fakeWorker() {
  let answer: (r: Result<ImportOutcome>) => void = () => undefined;
  let progress: (p: ImportProgress) => void = () => undefined;
  let terminated = 0;
  const handle: ImportWorkerHandle = {
    importHistory: (_s, _r, onProgress) => {
      progress = onProgress;
      return new Promise((resolve) => (answer = resolve));
    },
    terminate: () => void terminated++,
  };
  return { handle, answer: (r: Result<ImportOutcome>) => answer(r), progress: (p: ImportProgress) => progress(p), terminated: () => terminated };
}

function setUp() {
  const worker = fakeWorker();
  const deleted: string[] = [];
  const written: string[] = [];
  const db = { deleteHistory: async (id: string) => void deleted.push(id), putHistory: async (m: { id: string; status: string }) => void written.push(`${m.id} ${m.status}`) } as unknown as HistoryDb;
  const stored: string[] = [];
  return createRoot((dispose) => {
    const imp = createHistoryImport({
      spawn: () => worker.handle,
      db: async () => db,
      workspace: () => ({ currency: 'USD', customers: [] }),
      newId: () => 'h1',
      clock: () => 0,
      onStored: (m) => void stored.push(m.id),
    });
    return { imp, worker, deleted, written, stored, dispose };
  });
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const file = { source: { kind: 'url', url: 'x' }, name: 'x.csv', format: 'csv' } as const;

describe('the import panel state', () => {
  it('a progress report that arrives after the answer does not take the panel back to "reading"', async () => {
    const { imp, worker, dispose } = setUp();
    imp.start(file);
    worker.progress({ phase: 'reading', bytesRead: 10, bytes: 100, rows: 1 });
    expect(imp.state().kind).toBe('reading');
    worker.answer({ ok: true, value: outcome(false) });
    await tick();
    worker.progress({ phase: 'storing', bytesRead: 100, bytes: 100, rows: 3 });
    expect(imp.state().kind).toBe('review');
    expect(worker.terminated()).toBe(1);
    dispose();
  });

  it('a clean file is stored at once and reported', async () => {
    const { imp, worker, stored, dispose } = setUp();
    imp.start(file);
    worker.answer({ ok: true, value: outcome(true) });
    await tick();
    expect(imp.state().kind).toBe('done');
    expect(stored).toEqual(['h1']);
    dispose();
  });

  it('"Skip … and continue" swaps the staged history to ready; "Cancel import" removes it', async () => {
    const a = setUp();
    a.imp.start(file);
    a.worker.answer({ ok: true, value: outcome(false) });
    await tick();
    await a.imp.accept();
    expect(a.written).toEqual(['h1 ready']);
    expect(a.stored).toEqual(['h1']);
    expect(a.imp.state()).toMatchObject({ kind: 'done', outcome: { committed: true } });
    a.dispose();

    const b = setUp();
    b.imp.start(file);
    b.worker.answer({ ok: true, value: outcome(false) });
    await tick();
    b.imp.cancel();
    await tick();
    expect(b.deleted).toEqual(['h1']);
    expect(b.stored).toEqual([]);
    expect(b.imp.state()).toEqual({ kind: 'cancelled', name: 'h1.csv' });
    b.dispose();
  });

  it('Cancel while reading terminates the worker, removes the staged rows and ignores its late answer', async () => {
    const { imp, worker, deleted, stored, dispose } = setUp();
    imp.start(file);
    imp.cancel();
    await tick();
    expect(worker.terminated()).toBe(1);
    expect(deleted).toEqual(['h1']);
    worker.answer({ ok: true, value: outcome(true) });
    await tick();
    expect(imp.state()).toEqual({ kind: 'cancelled', name: 'x.csv' });
    expect(stored).toEqual([]);
    dispose();
  });
});
