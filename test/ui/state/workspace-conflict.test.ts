import { describe, expect, it } from 'vitest';
import { writeWorkspace } from '../../../src/storage/workspace-store.ts';
import { backendWith, freshChannel, workspaceDraft } from '../../support/storage-factories.ts';
import { openStore, renameTo } from '../../support/store-factories.ts';

/** Another tab that wrote without this one hearing of it (message lost, or an older app version). */
const writeBehindItsBack = async (backend: Awaited<ReturnType<typeof backendWith>>, name: string, baskets: string[] = []) => {
  const serial = (await backend.read('a'))!.workspace.serial;
  const r = await writeWorkspace(backend, 'a', workspaceDraft(name, baskets), serial);
  if (!r.ok) throw new Error('fixture write failed');
};

describe('WorkspaceStore: a stale write is refused with storage-conflict and the tab re-reads', () => {
  it('nothing of the stale edit is written; the newer stored workspace is shown with what changed', async () => {
    const backend = await backendWith({ a: workspaceDraft('Plan') });
    const ws = await openStore(backend, { channelName: freshChannel() });
    await writeBehindItsBack(backend, 'Other tab', ['k9']);
    const stored = await backend.read('a');

    const r = await ws.apply(renameTo('Mine'));
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['storage-conflict']);
    expect(await backend.read('a')).toEqual(stored);
    expect(ws.current()?.bundle.name).toBe('Other tab');
    expect(ws.lastExternalChange()).toEqual({
      revision: stored?.workspace.revision,
      serial: 2,
      items: { promotions: [], baskets: ['k9'], scripts: [], products: [], settings: ['name'] },
    });
    expect(ws.saveState()).toMatchObject({ kind: 'failed', problems: [{ code: 'storage-conflict' }] });

    // Now up to date: the next write goes through.
    expect((await ws.apply(renameTo('Mine'))).ok).toBe(true);
    expect(ws.saveState().kind).toBe('saved');
    ws.dispose();
  });

  it('a conflicted undo reports the conflict, overwrites nothing, and the old history is gone', async () => {
    const backend = await backendWith({ a: workspaceDraft('Plan') });
    const ws = await openStore(backend, { channelName: freshChannel() });
    await ws.apply(renameTo('Q3'));
    await writeBehindItsBack(backend, 'Other tab');
    const r = await ws.undo();
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['storage-conflict']);
    expect((await backend.read('a'))?.workspace.input['name']).toBe('Other tab');
    expect([ws.current()?.bundle.name, ws.canUndo(), ws.canRedo()]).toEqual(['Other tab', false, false]);
    ws.dispose();
  });
});
