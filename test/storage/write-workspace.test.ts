import { describe, expect, it } from 'vitest';
import { makeMemoryBackend } from '../../src/storage/memory-backend.ts';
import { readWorkspace, writeWorkspace } from '../../src/storage/workspace-store.ts';
import { computeRevision } from '../../src/bundle/revision.ts';
import { bundleInput } from '../support/ui-factories.ts';
import { basketInput } from '../support/storage-factories.ts';

const basket = basketInput('k1', 'Three colas');

describe('writeWorkspace', () => {
  it('stores the input form, the revision of exactly that JSON, and serial 1 for a new workspace', async () => {
    const backend = makeMemoryBackend();
    const input = bundleInput();
    const r = await writeWorkspace(backend, 'ws', { bundle: input, baskets: [basket] }, undefined);
    expect(r.ok).toBe(true);
    const stored = await backend.read('ws');
    expect(stored?.workspace.input).toEqual(input);
    expect(stored?.workspace.revision).toBe(await computeRevision(input));
    expect(stored?.workspace.serial).toBe(1);
    expect(stored?.baskets).toEqual([{ id: 'k1', position: 0, basket }]);
    expect(r.ok && r.value.snapshot).toEqual(stored);
  });

  it('drops a stated revision and recomputes it, so the header never shows a stale one', async () => {
    const backend = makeMemoryBackend();
    const input = bundleInput();
    await writeWorkspace(backend, 'ws', { bundle: { ...input, revision: 'f'.repeat(64) }, baskets: [] }, undefined);
    expect((await backend.read('ws'))?.workspace.revision).toBe(await computeRevision(input));
  });

  it('refuses an invalid bundle with JSON paths and keeps the previous workspace', async () => {
    const backend = makeMemoryBackend();
    await writeWorkspace(backend, 'ws', { bundle: bundleInput(), baskets: [basket] }, undefined);
    const before = await backend.read('ws');
    const broken = { ...bundleInput(), currency: 'dollars', promotions: [{ id: 'x', name: '', rule: { kind: 'nope' } }] };
    const r = await writeWorkspace(backend, 'ws', { bundle: broken, baskets: [] }, 1);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['$.currency', '$.promotions[0].name']));
    expect(r.problems.every((p) => p.code === 'workspace-invalid-bundle')).toBe(true);
    expect(await backend.read('ws')).toEqual(before);
  });

  it('refuses an invalid or duplicate basket', async () => {
    const r = await writeWorkspace(makeMemoryBackend(), 'ws', { bundle: bundleInput(), baskets: [basket, basket, { id: 'k2' }] }, undefined);
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
    const r = await writeWorkspace(makeMemoryBackend(), 'ws', { bundle: { ...bundleInput(), name: 5n }, baskets: [] }, undefined);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual(expect.objectContaining({ code: 'storage-not-json', path: '$.name' }));
  });

  it('a write over quota fails cleanly and the previous workspace stays', async () => {
    const small = bundleInput();
    const backend = makeMemoryBackend({ maxChars: JSON.stringify(small).length * 2 });
    await writeWorkspace(backend, 'ws', { bundle: small, baskets: [] }, undefined);
    const big = bundleInput({ description: 'x'.repeat(JSON.stringify(small).length * 3) });
    const r = await writeWorkspace(backend, 'ws', { bundle: big, baskets: [] }, 1);
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['storage-quota-exceeded']);
    const after = await readWorkspace(backend, 'ws');
    expect(after?.ok && after.value.bundle.description).toBeUndefined();
    expect(after?.ok && after.value.snapshot.workspace.serial).toBe(1);
  });
});
