import { describe, expect, it } from 'vitest';
import { backendWith, freshChannel, workspaceDraft } from '../../support/storage-factories.ts';
import { openStore } from '../../support/store-factories.ts';

describe('WorkspaceStore.drafts: working copies per open workspace that survive a reload', () => {
  it('an invalid working copy is kept, listed, read back after a "reload", and deleted', async () => {
    const backend = await backendWith({ a: workspaceDraft('Plan'), b: workspaceDraft('Other') });
    const ws = await openStore(backend, { channelName: freshChannel() });
    const half = { id: 'p1', name: '', rule: { kind: 'itemDeal', tiers: [] } };
    expect((await ws.drafts.writeDraft('promotion:p1', half)).ok).toBe(true);
    ws.dispose();

    const again = await openStore(backend, { channelName: freshChannel() });
    expect(await again.drafts.readDraft('promotion:p1')).toEqual(half);
    expect((await again.drafts.listDrafts()).map((d) => d.key)).toEqual(['promotion:p1']);
    await again.switchTo('b');
    expect(await again.drafts.listDrafts()).toEqual([]);
    await again.switchTo('a');
    await again.drafts.deleteDraft('promotion:p1');
    expect(await again.drafts.readDraft('promotion:p1')).toBeUndefined();
    again.dispose();
  });

  it('a value that is not plain JSON is refused with its path', async () => {
    const ws = await openStore(await backendWith({ a: workspaceDraft('Plan') }), { channelName: freshChannel() });
    const r = await ws.drafts.writeDraft('k', { price: 5n } as never);
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.path])).toEqual([['storage-not-json', '$.price']]);
    ws.dispose();
  });
});
