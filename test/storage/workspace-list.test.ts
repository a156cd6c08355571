import { describe, expect, it } from 'vitest';
import { makeMemoryBackend } from '../../src/storage/memory-backend.ts';
import {
  createWorkspaceFrom,
  deleteWorkspace,
  duplicateWorkspace,
  emptyDraft,
  freeName,
  renameWorkspace,
} from '../../src/storage/workspace-list.ts';
import { readWorkspace } from '../../src/storage/workspace-store.ts';
import { backendWith, workspaceDraft } from '../support/storage-factories.ts';

const names = async (backend: Awaited<ReturnType<typeof backendWith>>) => (await backend.list()).map((w) => `${w.id}:${w.name}`);

describe('workspace list operations', () => {
  it.each<[string, string[], string]>([
    ['free', ['Other'], 'Plan'],
    ['taken once', ['Plan'], 'Plan 2'],
    ['taken twice', ['Plan', 'Plan 2'], 'Plan 3'],
  ])('freeName: %s', (_n, taken, expected) => {
    expect(freeName('Plan', taken)).toBe(expected);
  });

  it('new empty workspace: validates, takes currency and time zone from the one given, lists last', async () => {
    const backend = await backendWith({ a: workspaceDraft('First') });
    const r = await createWorkspaceFrom(backend, 'b', emptyDraft('Blank', { currency: 'CAD', timeZone: 'America/Toronto' }));
    expect(r.ok && [r.value.bundle.currency, r.value.bundle.timeZone, r.value.bundle.promotions.length]).toEqual(['CAD', 'America/Toronto', 0]);
    expect(await names(backend)).toEqual(['a:First', 'b:Blank']);
  });

  it('new workspace under an id in use is refused', async () => {
    const backend = await backendWith({ a: workspaceDraft('First') });
    const r = await createWorkspaceFrom(backend, 'a', emptyDraft('Blank'));
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['storage-conflict']);
    expect(await names(backend)).toEqual(['a:First']);
  });

  it('duplicate copies bundle and baskets under a free "copy" name; the original is untouched', async () => {
    const backend = await backendWith({ a: workspaceDraft('Plan', ['k1', 'k2']) });
    const before = await backend.read('a');
    expect((await duplicateWorkspace(backend, 'a', 'b')).ok).toBe(true);
    expect((await duplicateWorkspace(backend, 'a', 'c')).ok).toBe(true);
    expect(await names(backend)).toEqual(['a:Plan', 'b:Plan copy', 'c:Plan copy 2']);
    const copy = await readWorkspace(backend, 'b');
    expect(copy?.ok && copy.value.baskets.map((b) => b.id)).toEqual(['k1', 'k2']);
    expect(await backend.read('a')).toEqual(before);
  });

  it('rename writes the bundle name with compare-and-set; a blank name is refused', async () => {
    const backend = await backendWith({ a: workspaceDraft('Plan') });
    const r = await renameWorkspace(backend, 'a', '  Autumn  ');
    expect(r.ok && [r.value.bundle.name, r.value.snapshot.workspace.serial]).toEqual(['Autumn', 2]);
    const blank = await renameWorkspace(backend, 'a', '   ');
    expect(blank.ok ? [] : blank.problems.map((p) => p.code)).toEqual(['workspace-name-empty']);
    expect(await names(backend)).toEqual(['a:Autumn']);
  });

  it('delete removes the workspace and its drafts; the last one is protected', async () => {
    const backend = await backendWith({ a: workspaceDraft('One'), b: workspaceDraft('Two') });
    await backend.writeDraft('b', 'promotion:p1', { name: 'half typed' }, '2026-01-01T00:00:00Z');
    await backend.writeDraft('a', 'promotion:p1', { name: 'kept' }, '2026-01-01T00:00:00Z');
    const r = await deleteWorkspace(backend, 'b');
    expect(r.ok && r.value.map((w) => w.id)).toEqual(['a']);
    expect(await backend.listDrafts('b')).toEqual([]);
    expect(await backend.readDraft('a', 'promotion:p1')).toEqual({ name: 'kept' });
    const last = await deleteWorkspace(backend, 'a');
    expect(last.ok ? [] : last.problems.map((p) => p.code)).toEqual(['workspace-last']);
    expect(await names(backend)).toEqual(['a:One']);
  });

  it('operations on a workspace that is gone say so', async () => {
    const backend = makeMemoryBackend();
    for (const r of [await duplicateWorkspace(backend, 'x', 'y'), await renameWorkspace(backend, 'x', 'N'), await deleteWorkspace(backend, 'x')]) {
      expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['workspace-missing']);
    }
  });
});
