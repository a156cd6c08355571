import { describe, expect, it } from 'vitest';
import { backendWith, freshChannel, workspaceDraft } from '../../support/storage-factories.ts';
import { openStore, renameTo } from '../../support/store-factories.ts';

describe('WorkspaceStore undo/redo: each step is a new compare-and-set write', () => {
  it('undo and redo walk apply and replace steps, writing each state back', async () => {
    const backend = await backendWith({ a: workspaceDraft('Plan') });
    const ws = await openStore(backend, { channelName: freshChannel() });
    await ws.apply(renameTo('Q3'));
    await ws.replace(workspaceDraft('Imported', ['k1']), 'Import imported.json');
    expect([ws.undoLabel(), ws.current()?.baskets.length]).toEqual(['Import imported.json', 1]);

    expect((await ws.undo()).ok).toBe(true);
    expect([ws.current()?.bundle.name, ws.current()?.baskets.length, ws.undoLabel(), ws.redoLabel()]).toEqual(['Q3', 0, 'Rename to Q3', 'Import imported.json']);
    await ws.undo();
    expect([ws.current()?.bundle.name, ws.canUndo()]).toEqual(['Plan', false]);
    expect((await backend.read('a'))?.workspace).toMatchObject({ serial: 5, input: { name: 'Plan' } });

    await ws.redo();
    await ws.redo();
    expect([ws.current()?.bundle.name, ws.canRedo()]).toEqual(['Imported', false]);
    expect((await backend.read('a'))?.workspace).toMatchObject({ serial: 7, input: { name: 'Imported' } });
    ws.dispose();
  });

  it('with nothing to undo or redo, the store says so and writes nothing', async () => {
    const backend = await backendWith({ a: workspaceDraft('Plan') });
    const ws = await openStore(backend, { channelName: freshChannel() });
    const [u, r] = [await ws.undo(), await ws.redo()];
    expect([u.ok ? '' : u.problems[0]?.code, r.ok ? '' : r.problems[0]?.code]).toEqual(['undo-empty', 'redo-empty']);
    expect((await backend.read('a'))?.workspace.serial).toBe(1);
    ws.dispose();
  });
});
