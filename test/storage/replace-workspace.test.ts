import { describe, expect, it } from 'vitest';
import { makeMemoryBackend } from '../../src/storage/memory-backend.ts';
import { readWorkspace, replaceWorkspace } from '../../src/storage/workspace-store.ts';
import { computeRevision } from '../../src/bundle/revision.ts';
import { bundleInput } from '../support/ui-factories.ts';

const basket = { id: 'k1', name: 'Three colas', order: { id: 'o1', at: '2026-05-01T12:00:00-04:00', lines: [{ id: 'l1', productId: 'cola', quantity: 3, unitPrice: '1.50' }] } };

describe('replaceWorkspace', () => {
  it('stores the input form and the revision of exactly that JSON', async () => {
    const backend = makeMemoryBackend();
    const input = bundleInput();
    const r = await replaceWorkspace(backend, { bundle: input, baskets: [basket] });
    expect(r.ok).toBe(true);
    const stored = await backend.read();
    expect(stored?.workspace.input).toEqual(input);
    expect(stored?.workspace.revision).toBe(await computeRevision(input));
    expect(stored?.baskets).toEqual([{ id: 'k1', position: 0, basket }]);
  });

  it('drops a stated revision and recomputes it, so the header never shows a stale one', async () => {
    const backend = makeMemoryBackend();
    const input = bundleInput();
    await replaceWorkspace(backend, { bundle: { ...input, revision: 'f'.repeat(64) }, baskets: [] });
    expect((await backend.read())?.workspace.revision).toBe(await computeRevision(input));
  });

  it('refuses an invalid bundle with JSON paths and keeps the previous workspace', async () => {
    const backend = makeMemoryBackend();
    await replaceWorkspace(backend, { bundle: bundleInput(), baskets: [basket] });
    const before = await backend.read();
    const broken = { ...bundleInput(), currency: 'dollars', promotions: [{ id: 'x', name: '', rule: { kind: 'nope' } }] };
    const r = await replaceWorkspace(backend, { bundle: broken, baskets: [] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['$.currency', '$.promotions[0].name']));
    expect(r.problems.every((p) => p.code === 'workspace-invalid-bundle')).toBe(true);
    expect(await backend.read()).toEqual(before);
  });

  it('refuses an invalid or duplicate basket', async () => {
    const r = await replaceWorkspace(makeMemoryBackend(), { bundle: bundleInput(), baskets: [basket, basket, { id: 'k2' }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.path])).toEqual(
      expect.arrayContaining([
        ['workspace-duplicate-basket', '$.baskets[1].id'],
        ['workspace-invalid-basket', '$.baskets[2].name'],
      ]),
    );
  });

  it('refuses values that are not plain JSON', async () => {
    const r = await replaceWorkspace(makeMemoryBackend(), { bundle: { ...bundleInput(), name: 5n }, baskets: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual(expect.objectContaining({ code: 'storage-not-json', path: '$.name' }));
  });

  it('a write over quota fails cleanly and the previous workspace stays', async () => {
    const small = bundleInput();
    const backend = makeMemoryBackend({ maxChars: JSON.stringify(small).length * 2 });
    await replaceWorkspace(backend, { bundle: small, baskets: [] });
    const big = bundleInput({ description: 'x'.repeat(JSON.stringify(small).length * 3) });
    const r = await replaceWorkspace(backend, { bundle: big, baskets: [] });
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['storage-quota-exceeded']);
    const after = await readWorkspace(backend);
    expect(after?.ok && after.value.bundle.description).toBeUndefined();
    expect(after?.ok && after.value.bundle.name).toBe('Fixture workspace');
  });
});
