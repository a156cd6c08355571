import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../src/domain/problem.ts';
import { makeMemoryBackend } from '../../src/storage/memory-backend.ts';
import { openWorkspace, replaceWorkspace } from '../../src/storage/workspace-store.ts';
import { bundleInput } from '../support/ui-factories.ts';

const sample = () => Promise.resolve(ok({ bundle: bundleInput({ name: 'Sample' }), baskets: [] }));

describe('openWorkspace', () => {
  it('first start: stores and returns the sample', async () => {
    const backend = makeMemoryBackend();
    const r = await openWorkspace(backend, sample);
    expect(r.ok && r.value.bundle.name).toBe('Sample');
    expect((await backend.read())?.workspace.input['name']).toBe('Sample');
  });

  it('later starts: returns the stored workspace without loading the sample', async () => {
    const backend = makeMemoryBackend();
    await replaceWorkspace(backend, { bundle: bundleInput({ name: 'Mine' }), baskets: [] });
    const load = vi.fn(sample);
    const r = await openWorkspace(backend, load);
    expect(r.ok && r.value.bundle.name).toBe('Mine');
    expect(load).not.toHaveBeenCalled();
  });

  it('a stored workspace that no longer validates is replaced by the sample, with a warning', async () => {
    const backend = makeMemoryBackend();
    await backend.write({ workspace: { input: { name: 'corrupt' }, revision: '0'.repeat(64), savedAt: '2026-01-01T00:00:00Z' }, baskets: [] });
    const r = await openWorkspace(backend, sample);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.bundle.name).toBe('Sample');
    expect(r.problems?.[0]).toMatchObject({ code: 'workspace-reset', severity: 'warning' });
  });
});
