import { describe, expect, it } from 'vitest';
import { backendWith, freshChannel, workspaceDraft } from '../../support/storage-factories.ts';
import { openStore, renameTo } from '../../support/store-factories.ts';

describe('WorkspaceStore.apply: validate, write with compare-and-set, record an undo step', () => {
  it('a valid edit is stored, shown, and undoable under its label', async () => {
    const backend = await backendWith({ a: workspaceDraft('Plan') });
    const ws = await openStore(backend, { channelName: freshChannel() });
    const r = await ws.apply(renameTo('Q3'));
    expect(r.ok).toBe(true);
    expect(ws.current()?.bundle.name).toBe('Q3');
    expect((await backend.read('a'))?.workspace).toMatchObject({ serial: 2, input: { name: 'Q3' } });
    expect([ws.canUndo(), ws.undoLabel(), ws.canRedo()]).toEqual([true, 'Rename to Q3', false]);
    expect(ws.saveState()).toEqual({ kind: 'saved', at: ws.current()?.snapshot.workspace.savedAt });
    ws.dispose();
  });

  it('an invalid result is refused with the import validator\'s problems; nothing is written, no undo step', async () => {
    const backend = await backendWith({ a: workspaceDraft('Plan') });
    const ws = await openStore(backend, { channelName: freshChannel() });
    const before = await backend.read('a');
    const r = await ws.apply({ label: 'Break currency', change: (d) => ({ ...d, bundle: { ...(d.bundle as object), currency: 'dollars' } }) });
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.path])).toEqual([['workspace-invalid-bundle', '$.currency']]);
    expect(await backend.read('a')).toEqual(before);
    expect([ws.current()?.bundle.currency, ws.canUndo(), ws.saveState().kind]).toEqual(['USD', false, 'saved']);
    ws.dispose();
  });

  it('change gets a copy: modifying it in place does not touch the open workspace', async () => {
    const backend = await backendWith({ a: workspaceDraft('Plan') });
    const ws = await openStore(backend, { channelName: freshChannel() });
    const input = ws.current()!.snapshot.workspace.input;
    await ws.apply({
      label: 'Mutate',
      change: (d) => {
        (d.bundle as { name: string }).name = 'Mutated';
        return d;
      },
    });
    expect(input['name']).toBe('Plan');
    ws.dispose();
  });

  it('an edit that changes nothing writes nothing and leaves no undo step', async () => {
    const backend = await backendWith({ a: workspaceDraft('Plan') });
    const ws = await openStore(backend, { channelName: freshChannel() });
    await ws.apply(renameTo('Plan'));
    expect([(await backend.read('a'))?.workspace.serial, ws.canUndo()]).toEqual([1, false]);
    ws.dispose();
  });

  it('a failed write (quota) shows "not saved" and keeps the previous workspace', async () => {
    const backend = await backendWith({ a: workspaceDraft('Plan') }, { maxChars: 4000 });
    const ws = await openStore(backend, { channelName: freshChannel() });
    const r = await ws.apply({ label: 'Huge', change: (d) => ({ ...d, bundle: { ...(d.bundle as object), description: 'x'.repeat(5000) } }) });
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['storage-quota-exceeded']);
    expect(ws.saveState()).toMatchObject({ kind: 'failed', problems: [{ code: 'storage-quota-exceeded' }] });
    expect([ws.current()?.bundle.description, ws.canUndo()]).toEqual([undefined, false]);
    ws.dispose();
  });
});
