import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { fail, problem } from '../../../src/domain/problem.ts';
import { makeMemoryBackend } from '../../../src/storage/memory-backend.ts';
import { createWorkspace } from '../../../src/ui/state/create-workspace.ts';
import { eventually, freshChannel, workspaceDraft } from '../../support/storage-factories.ts';

describe('WorkspaceStore after a failed start', () => {
  it('an edit made while opening waits for the opening; after a failed start an import creates the first workspace', async () => {
    let open!: () => void;
    const backend = makeMemoryBackend();
    const slow = new Promise<typeof backend>((resolve) => (open = () => resolve(backend)));
    const noSample = () => Promise.resolve(fail([problem('sample-missing', 'no sample in this build')]));
    const ws = createRoot(() => createWorkspace(slow, noSample, { channelName: freshChannel() }));
    expect(ws.state().kind).toBe('loading');
    const importing = ws.replace(workspaceDraft('Imported'), 'Import');
    open();
    const r = await importing;
    expect(r.ok).toBe(true);
    await eventually(() => expect([ws.state().kind, ws.current()?.bundle.name, ws.workspaces().map((w) => w.name)]).toEqual(['ready', 'Imported', ['Imported']]));
    ws.dispose();
  });
});
