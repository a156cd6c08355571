import { describe, expect, it } from 'vitest';
import { undoActionOf, type UndoAction } from '../../../src/ui/state/undo-keys.ts';

const keys = (key: string, mods: string) => ({
  key,
  ctrlKey: mods.includes('ctrl'),
  metaKey: mods.includes('meta'),
  shiftKey: mods.includes('shift'),
  altKey: mods.includes('alt'),
});

describe('undoActionOf: which keys undo and redo', () => {
  it.each<[string, string, UndoAction | undefined]>([
    ['z', 'ctrl', 'undo'],
    ['z', 'meta', 'undo'],
    ['Z', 'ctrl shift', 'redo'],
    ['z', 'meta shift', 'redo'],
    ['y', 'ctrl', 'redo'],
    ['y', 'ctrl shift', undefined],
    ['z', '', undefined],
    ['z', 'shift', undefined],
    ['z', 'ctrl alt', undefined],
    ['x', 'ctrl', undefined],
  ])('%s with [%s] → %s', (key, mods, expected) => {
    expect(undoActionOf(keys(key, mods))).toBe(expected);
  });
});
