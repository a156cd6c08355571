import { describe, expect, it } from 'vitest';
import { makeMemoryBackend } from '../../src/storage/memory-backend.ts';

describe('backend drafts: JSON per workspace and key', () => {
  it('write, read, overwrite, list (by key) and delete; other workspaces do not see them', async () => {
    const backend = makeMemoryBackend();
    await backend.writeDraft('a', 'promotion:p2', { rule: { kind: 'not yet valid' } }, '2026-01-01T00:00:01Z');
    await backend.writeDraft('a', 'promotion:p1', [1, 2], '2026-01-01T00:00:02Z');
    await backend.writeDraft('a', 'promotion:p1', [1, 2, 3], '2026-01-01T00:00:03Z');
    await backend.writeDraft('b', 'promotion:p1', 'other', '2026-01-01T00:00:04Z');
    expect(await backend.readDraft('a', 'promotion:p1')).toEqual([1, 2, 3]);
    expect(await backend.listDrafts('a')).toEqual([
      { key: 'promotion:p1', savedAt: '2026-01-01T00:00:03Z' },
      { key: 'promotion:p2', savedAt: '2026-01-01T00:00:01Z' },
    ]);
    await backend.deleteDraft('a', 'promotion:p1');
    expect(await backend.readDraft('a', 'promotion:p1')).toBeUndefined();
    expect(await backend.readDraft('b', 'promotion:p1')).toBe('other');
  });
});
