import { describe, expect, it } from 'vitest';
import type { WorkspaceBackend } from '../../../src/storage/types.ts';
import { backendWith, eventually, freshChannel, workspaceDraft } from '../../support/storage-factories.ts';
import { openStore, renameTo } from '../../support/store-factories.ts';

/** The backend with reads held until `release()`: a tab that is slow to re-read. */
function slowReads(backend: WorkspaceBackend) {
  let held = false;
  const waiting: (() => void)[] = [];
  const gated: WorkspaceBackend = {
    ...backend,
    read: (id) => (held ? new Promise((resolve) => waiting.push(() => resolve(backend.read(id)))) : backend.read(id)),
  };
  return {
    gated,
    hold: () => (held = true),
    waiting: () => waiting.length,
    release() {
      held = false;
      waiting.splice(0).forEach((go) => go());
    },
  };
}

describe('WorkspaceStore.replace: a whole draft built before another tab\'s write was re-read is refused', () => {
  it('tab B\'s replace, queued behind the re-read of tab A\'s write, does not overwrite it', async () => {
    const backend = await backendWith({ a: workspaceDraft('Plan') });
    const slow = slowReads(backend);
    const channelName = freshChannel();
    const tabA = await openStore(backend, { channelName });
    const tabB = await openStore(slow.gated, { channelName });

    slow.hold();
    await tabA.apply(renameTo('From A'));
    await eventually(() => expect(slow.waiting()).toBe(1)); // B is re-reading A's write
    // B's user saves a whole workspace built from what B still shows.
    const stale = tabB.replace({ ...workspaceDraft('Stale B'), bundle: { ...(tabB.current()!.snapshot.workspace.input), name: 'Stale B' } });
    slow.release();

    const r = await stale;
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['storage-conflict']);
    expect((await backend.read('a'))?.workspace.input['name']).toBe('From A');
    expect(tabB.current()?.bundle.name).toBe('From A');
    expect(tabB.saveState().kind).toBe('failed');
    tabA.dispose();
    tabB.dispose();
  });
});
