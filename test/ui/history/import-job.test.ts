import { describe, expect, it } from 'vitest';
import { runImport, textPieces, type ImportProgress, type ImportRequest } from '../../../src/ui/history/import-job.ts';
import { fakeReader, memoryHistoryStore, pieces } from '../../support/history-db-factories.ts';

const request: ImportRequest = { historyId: 'h1', name: 'orders.csv', format: 'csv', currency: 'USD' };
const deps = (store: ReturnType<typeof memoryHistoryStore>, extra: object = {}) => ({
  createReader: fakeReader,
  store,
  now: () => '2026-12-01T10:00:00Z',
  chunkSize: 2,
  ...extra,
});

describe('importing a history', () => {
  it('a clean file is stored at once: staged meta first, then the chunks, then the swap to ready', async () => {
    const store = memoryHistoryStore();
    const r = await runImport(pieces('o1,2026-01-02T10:00:00Z\no2,2026-01-01T10:', '00:00Z\no3,2026-01-03T10:00:00Z\n'), request, deps(store));
    expect(r.ok && r.value.committed).toBe(true);
    expect(store.log).toEqual(['history h1 staging', 'chunk h1 0', 'chunk h1 1', 'history h1 ready']);
    const meta = store.histories.get('h1')!;
    expect(meta).toMatchObject({ status: 'ready', chunks: 2, firstAt: '2026-01-01T10:00:00Z', lastAt: '2026-01-03T10:00:00Z', counts: { orders: 3, rows: 3 } });
    expect(JSON.parse(store.chunks.get('h1/1')!.json)).toMatchObject([{ id: 'o3' }]);
  });

  it('a file with bad rows stays staged with its problems until the user agrees', async () => {
    const store = memoryHistoryStore();
    const r = await runImport(pieces('o1,2026-01-02T10:00:00Z\no2,bad\no3,2026-01-03T10:00:00Z\n'), request, deps(store));
    if (!r.ok) throw new Error('expected an outcome');
    expect(r.value.committed).toBe(false);
    expect(r.value.meta.status).toBe('staging');
    expect(store.histories.get('h1')?.status).toBe('staging');
    expect(r.value.counts).toMatchObject({ orders: 2, badRows: 1, skippedOrders: 1 });
    expect(r.value.skippedOrderIds).toEqual(['o2']);
    expect(r.value.problems).toEqual([expect.objectContaining({ code: 'invalid-value', row: 2, column: 'at' })]);
  });

  it('a file without a single valid order imports nothing and says so', async () => {
    const store = memoryHistoryStore();
    const r = await runImport(pieces('o1,bad\n'), request, deps(store));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.code)).toEqual(['history-empty', 'invalid-value']);
    expect(r.problems[0]!.message).toContain('orders.csv');
    expect(store.histories.size).toBe(0);
  });

  it('a write refused half-way (no room left) leaves nothing behind and names the file', async () => {
    const store = memoryHistoryStore({ failChunk: 1 });
    const r = await runImport(pieces('o1,2026-01-01T10:00:00Z\no2,2026-01-02T10:00:00Z\no3,2026-01-03T10:00:00Z\n'), request, deps(store));
    expect(r).toMatchObject({ ok: false, problems: [{ code: 'storage-quota-exceeded' }] });
    expect(store.histories.size).toBe(0);
    expect(store.chunks.size).toBe(0);
  });

  it('progress goes out at most once per interval while reading, and once when storing starts', async () => {
    const store = memoryHistoryStore();
    let t = 0;
    const seen: ImportProgress[] = [];
    const texts = Array.from({ length: 10 }, (_, i) => `o${i},2026-01-01T10:00:00Z\n`);
    await runImport(pieces(...texts), request, deps(store, { clock: () => (t += 30), progressEveryMs: 100, onProgress: (p: ImportProgress) => seen.push(p) }));
    expect(seen.filter((p) => p.phase === 'reading').length).toBeLessThanOrEqual(4);
    expect(seen.at(-1)).toMatchObject({ phase: 'storing', rows: 10, bytesRead: texts.join('').length });
  });
});

describe('text pieces of a byte stream', () => {
  it('keeps a character split between two reads whole and drops a leading BOM', async () => {
    const bytes = new TextEncoder().encode('\uFEFFcafé,1\n');
    const cut = bytes.indexOf(0xc3) + 1; // inside é
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, cut));
        c.enqueue(bytes.slice(cut));
        c.close();
      },
    });
    let text = '';
    let total = 0;
    for await (const p of textPieces(stream)) {
      text += p.text;
      total += p.bytes;
    }
    expect(text).toBe('café,1\n');
    expect(total).toBe(bytes.byteLength);
  });
});
