import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../src/domain/problem.ts';
import { makeMemoryBackend } from '../../src/storage/memory-backend.ts';
import { openWorkspace } from '../../src/storage/workspace-store.ts';
import { bundleInput } from '../support/ui-factories.ts';
import { backendWith, idSequence, workspaceDraft } from '../support/storage-factories.ts';

const sample = () => Promise.resolve(ok({ bundle: bundleInput({ name: 'Sample' }), baskets: [] }));

describe('openWorkspace', () => {
  it('first start: stores the sample under a new id and makes it current', async () => {
    const backend = makeMemoryBackend();
    const r = await openWorkspace(backend, sample, idSequence());
    expect(r.ok && [r.value.id, r.value.workspace.bundle.name]).toEqual(['ws-1', 'Sample']);
    expect((await backend.read('ws-1'))?.workspace.input['name']).toBe('Sample');
    expect(await backend.readPref('currentWorkspace')).toBe('ws-1');
  });

  it('later starts: opens the workspace named by the pref, without loading the sample', async () => {
    const backend = await backendWith({ a: workspaceDraft('First'), b: workspaceDraft('Second') });
    await backend.writePref('currentWorkspace', 'b');
    const load = vi.fn(sample);
    const r = await openWorkspace(backend, load, idSequence());
    expect(r.ok && [r.value.id, r.value.workspace.bundle.name]).toEqual(['b', 'Second']);
    expect(load).not.toHaveBeenCalled();
  });

  it('a pref naming a deleted workspace falls back to the first one and fixes the pref', async () => {
    const backend = await backendWith({ a: workspaceDraft('First'), b: workspaceDraft('Second') });
    await backend.writePref('currentWorkspace', 'gone');
    const r = await openWorkspace(backend, sample, idSequence());
    expect(r.ok && r.value.id).toBe('a');
    expect(await backend.readPref('currentWorkspace')).toBe('a');
  });

  it('a stored workspace that no longer validates is replaced by the sample, with a warning', async () => {
    const backend = makeMemoryBackend();
    await backend.write('ws', { workspace: { input: { name: 'corrupt' }, revision: '0'.repeat(64), savedAt: '2026-01-01T00:00:00Z', serial: 3 }, baskets: [] }, undefined);
    const r = await openWorkspace(backend, sample, idSequence());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.value.id, r.value.workspace.bundle.name, r.value.workspace.snapshot.workspace.serial]).toEqual(['ws', 'Sample', 4]);
    expect(r.problems?.[0]).toMatchObject({ code: 'workspace-reset', severity: 'warning' });
  });
});
