import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, nodeIO } from '../../src/cli/io.ts';

describe('nodeIO', () => {
  const dir = mkdtempSync(join(tmpdir(), 'promo-io-'));
  writeFileSync(join(dir, 'a.json'), '{"a":1}');
  mkdirSync(join(dir, 'folder'));

  it('reads and writes files relative to cwd', async () => {
    const io = nodeIO(dir);
    expect(await io.readFile('a.json')).toBe('{"a":1}');
    await io.writeFile?.('b.json', 'x');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('x');
  });

  it.each([
    ['nope.json', 'cannot read nope.json: no such file'],
    ['folder', 'cannot read folder: it is a folder'],
  ])('turns a failed read of %s into one friendly line', async (path, message) => {
    await expect(nodeIO(dir).readFile(path)).rejects.toThrow(new Error(message));
  });
});

describe('formatProblem', () => {
  it.each([
    [{ code: 'x-y', severity: 'error', message: 'bad', path: '$.a[0]' }, '$.a[0] x-y bad'],
    [{ code: 'x-y', severity: 'warning', message: 'meh', path: '$' }, '$ x-y warning: meh'],
    [{ code: 'csv-dup', severity: 'error', message: 'dup', row: 4 }, 'row 4 csv-dup dup'],
  ] as const)('%j → %s', (p, line) => {
    expect(formatProblem(p)).toBe(line);
  });
});
