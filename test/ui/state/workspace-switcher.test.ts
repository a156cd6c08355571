import { describe, expect, it } from 'vitest';
import { backendWith, freshChannel, workspaceDraft } from '../../support/storage-factories.ts';
import { openStore, renameTo } from '../../support/store-factories.ts';

describe('WorkspaceStore: several workspaces', () => {
  it('new (empty, sample), switch, rename, duplicate, delete; the current id is a pref', async () => {
    const backend = await backendWith({ a: workspaceDraft('Plan') });
    const ws = await openStore(backend, { channelName: freshChannel() });
    const names = () => ws.workspaces().map((w) => w.name);

    await ws.apply(renameTo('Plan v2'));
    await ws.newWorkspace('empty');
    expect([ws.currentId(), ws.current()?.bundle.name, ws.current()?.bundle.promotions.length]).toEqual(['new-1', 'Untitled workspace', 0]);
    expect(ws.canUndo()).toBe(false);
    expect(await backend.readPref('currentWorkspace')).toBe('new-1');

    await ws.newWorkspace('sample');
    expect([ws.current()?.bundle.name, ws.current()?.baskets.map((b) => b.id)]).toEqual(['Sample', ['s1']]);

    await ws.switchTo('a');
    expect(ws.current()?.bundle.name).toBe('Plan v2');

    // Renaming the open workspace is an undoable edit; another one is a plain write.
    await ws.rename('a', 'Spring');
    expect([ws.current()?.bundle.name, ws.undoLabel()]).toEqual(['Spring', 'Rename workspace to “Spring”']);
    await ws.rename('new-1', 'Blank');
    expect(names()).toEqual(['Spring', 'Blank', 'Sample']);

    await ws.duplicate('a');
    expect([ws.currentId(), ws.current()?.bundle.name]).toEqual(['new-3', 'Spring copy']);

    // Deleting the open workspace opens the first one left.
    expect((await ws.remove('new-3')).ok).toBe(true);
    expect([ws.currentId(), names()]).toEqual(['a', ['Spring', 'Blank', 'Sample']]);
    await ws.remove('new-1');
    await ws.remove('new-2');
    const last = await ws.remove('a');
    expect(last.ok ? [] : last.problems.map((p) => p.code)).toEqual(['workspace-last']);
    expect(names()).toEqual(['Spring']);
    ws.dispose();
  });

  it('switching to a workspace that is gone is refused and the open one stays', async () => {
    const ws = await openStore(await backendWith({ a: workspaceDraft('Plan') }), { channelName: freshChannel() });
    const r = await ws.switchTo('nope');
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['workspace-missing']);
    expect(ws.current()?.bundle.name).toBe('Plan');
    ws.dispose();
  });
});
