import { describe, expect, it } from 'vitest';
import { backendWith, eventually, freshChannel, workspaceDraft } from '../../support/storage-factories.ts';
import { openStore, renameTo } from '../../support/store-factories.ts';

describe('two tabs on one database hear each other over the BroadcastChannel', () => {
  it('a write in tab A shows in tab B with the changed ids; B\'s next write is not a conflict', async () => {
    const backend = await backendWith({ a: workspaceDraft('Plan') });
    const channelName = freshChannel();
    const tabA = await openStore(backend, { channelName });
    const tabB = await openStore(backend, { channelName });
    await tabB.apply(renameTo('B was here'));
    await eventually(() => expect(tabA.current()?.bundle.name).toBe('B was here'));

    await tabA.replace(workspaceDraft('From A', ['k1']), 'Import');
    await eventually(() => expect(tabB.current()?.bundle.name).toBe('From A'));
    expect(tabB.lastExternalChange()?.items).toEqual({ promotions: [], baskets: ['k1'], scripts: [], products: [], settings: ['name'] });
    expect(tabB.lastExternalChange()?.serial).toBe(3);
    expect(tabB.canUndo()).toBe(false);

    expect((await tabB.apply(renameTo('B again'))).ok).toBe(true);
    await eventually(() => expect(tabA.current()?.bundle.name).toBe('B again'));
    tabA.dispose();
    tabB.dispose();
  });

  it('a new workspace made in one tab appears in the other tab\'s list', async () => {
    const backend = await backendWith({ a: workspaceDraft('Plan') });
    const channelName = freshChannel();
    const tabA = await openStore(backend, { channelName });
    const tabB = await openStore(backend, { channelName });
    await tabA.newWorkspace('empty');
    await eventually(() => expect(tabB.workspaces().map((w) => w.name)).toEqual(['Plan', 'Untitled workspace']));
    // Tab B stays on its own workspace.
    expect(tabB.current()?.bundle.name).toBe('Plan');
    tabA.dispose();
    tabB.dispose();
  });
});
