import { describe, expect, it } from 'vitest';
import { computeRevision } from '../../src/bundle/revision.ts';
import { makeMemoryBackend } from '../../src/storage/memory-backend.ts';
import { upgradeV1 } from '../../src/storage/upgrade-v1.ts';
import { openWorkspace } from '../../src/storage/workspace-store.ts';
import { fail } from '../../src/domain/problem.ts';
import type { JsonObject } from '../../src/storage/types.ts';
import { bundleInput } from '../support/ui-factories.ts';
import { basketInput, idSequence } from '../support/storage-factories.ts';

async function v1Store() {
  const input = JSON.parse(JSON.stringify(bundleInput({ name: 'My v1 workspace' }))) as JsonObject;
  const workspace = { input, revision: await computeRevision(input), savedAt: '2026-03-04T05:06:07.000Z' };
  // v1 kept baskets in their own store; getAll returns them in key order, not list order.
  const baskets = [
    { id: 'a-late', position: 1, basket: basketInput('a-late') as JsonObject },
    { id: 'z-first', position: 0, basket: basketInput('z-first') as JsonObject },
  ];
  return { workspace, baskets };
}

describe('schema v1 → v2 upgrade keeps the v1 user\'s workspace', () => {
  it('upgradeV1: one row, serial 1, baskets in list order, nothing when v1 was empty', async () => {
    const { workspace, baskets } = await v1Store();
    const row = upgradeV1(workspace, baskets, 'ws-1');
    expect(row).toEqual({
      id: 'ws-1',
      createdAt: workspace.savedAt,
      snapshot: {
        workspace: { ...workspace, serial: 1 },
        baskets: [
          { id: 'z-first', position: 0, basket: basketInput('z-first') },
          { id: 'a-late', position: 1, basket: basketInput('a-late') },
        ],
      },
    });
    expect(upgradeV1(undefined, [], 'ws-1')).toBeUndefined();
  });

  it('a backend started from v1 data opens that workspace (not the sample), same revision, as current', async () => {
    const v1 = await v1Store();
    const backend = makeMemoryBackend({ v1: { ...v1, id: 'carried' } });
    const r = await openWorkspace(backend, () => Promise.resolve(fail([])), idSequence());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.value.id, r.value.workspace.bundle.name, r.value.workspace.snapshot.workspace.revision]).toEqual(['carried', 'My v1 workspace', v1.workspace.revision]);
    expect(r.value.workspace.baskets.map((b) => b.id)).toEqual(['z-first', 'a-late']);
    expect(await backend.readPref('currentWorkspace')).toBe('carried');
  });
});
