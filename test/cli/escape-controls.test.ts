import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/cli/io.ts';

describe('printed text cannot drive the terminal', () => {
  it.each([
    ['plain text', 'Snacks B2G1 ok', 'Snacks B2G1 ok'],
    ['newlines and tabs stay', 'a\tb\nc\n', 'a\tb\nc\n'],
    ['escape sequences are shown, not run', 'name\u001b[2K\rok: fake', 'name\\u001b[2K\\u000dok: fake'],
    ['bell and delete', '\u0007x\u007f', '\\u0007x\\u007f'],
    ['C1 controls and line separators', '\u009b31m\u2028', '\\u009b31m\\u2028'],
  ])('%s', (_name, input, shown) => {
    expect(escapeControls(input)).toBe(shown);
  });
});
