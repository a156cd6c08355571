import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSampleBaskets, readSampleBundle } from '../support/sample-files.ts';

/** docs/sample-workspace.md lists every promotion and basket of the sample, with the expected saving. */
const doc = readFileSync('docs/sample-workspace.md', 'utf8');
const rowOf = (id: string): string | undefined => doc.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));

describe('sample workspace doc', () => {
  it.each(readSampleBundle().promotions.map((p) => p.id))('has a row for promotion %s', (id) => {
    expect(rowOf(id)).toBeDefined();
  });

  it.each(readSampleBaskets().map(({ basket }) => [basket.id, basket.expected?.promotionSaving ?? '—'] as const))(
    'has a row for basket %s with saving %s',
    (id, saving) => {
      expect(rowOf(id)?.split('|')[3]?.trim().split(' ')[0]).toBe(saving);
    },
  );
});
