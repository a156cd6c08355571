import { describe, expect, it } from 'vitest';
import { writeWorkspace } from '../../src/storage/workspace-store.ts';
import { backendWith, workspaceDraft } from '../support/storage-factories.ts';

describe('compare-and-set: a write made on top of a stale read is refused and nothing changes', () => {
  it.each<[string, number | undefined]>([
    ['an older serial (another tab wrote since)', 1],
    ['a serial from the future', 7],
    ['"new workspace" over an existing id', undefined],
  ])('%s', async (_name, expected) => {
    const backend = await backendWith({ ws: workspaceDraft('Original') });
    // Tab A writes first: serial 1 → 2.
    const a = await writeWorkspace(backend, 'ws', workspaceDraft('From tab A'), 1);
    expect(a.ok && a.value.snapshot.workspace.serial).toBe(2);
    const stored = await backend.read('ws');

    const b = await writeWorkspace(backend, 'ws', workspaceDraft('From stale tab B'), expected);
    expect(b.ok ? [] : b.problems.map((p) => p.code)).toEqual(['storage-conflict']);
    expect(await backend.read('ws')).toEqual(stored);
  });

  it('the same revision does not make a stale write current: an undo back to A is still refused when stale', async () => {
    const backend = await backendWith({ ws: workspaceDraft('A') });
    await writeWorkspace(backend, 'ws', workspaceDraft('B'), 1);
    await writeWorkspace(backend, 'ws', workspaceDraft('A'), 2);
    // Revision is A's again, but serial moved on: a tab that last read serial 1 is stale.
    const stale = await writeWorkspace(backend, 'ws', workspaceDraft('C'), 1);
    expect(stale.ok).toBe(false);
    expect((await backend.read('ws'))?.workspace.input['name']).toBe('A');
  });

  it('a basket-only edit (same revision) still moves the serial', async () => {
    const backend = await backendWith({ ws: workspaceDraft('A') });
    const r = await writeWorkspace(backend, 'ws', workspaceDraft('A', ['k1']), 1);
    expect(r.ok && [r.value.snapshot.workspace.serial, r.value.snapshot.workspace.revision === (await backend.read('ws'))?.workspace.revision]).toEqual([2, true]);
    expect((await writeWorkspace(backend, 'ws', workspaceDraft('A'), 1)).ok).toBe(false);
  });
});
