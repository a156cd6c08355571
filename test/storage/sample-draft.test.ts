import { describe, expect, it } from 'vitest';
import { draftFromSampleTexts } from '../../src/storage/sample.ts';

describe('draftFromSampleTexts', () => {
  it('bundle baskets first, then basket files by name; a file replaces a same-id bundle basket', () => {
    const bundle = JSON.stringify({ name: 'S', baskets: [{ id: 'a', name: 'from bundle' }, { id: 'z', name: 'z' }] });
    const r = draftFromSampleTexts(bundle, { 'b.json': '{"id":"b","name":"b"}', 'a.json': '{"id":"a","name":"from file"}' });
    expect(r.ok && r.value.baskets).toEqual([
      { id: 'a', name: 'from file' },
      { id: 'z', name: 'z' },
      { id: 'b', name: 'b' },
    ]);
  });

  it('reports a file that is not JSON by name', () => {
    const r = draftFromSampleTexts('{}', { 'bad.json': '{' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'sample-json-syntax', message: expect.stringMatching(/^bad\.json: /) });
  });
});
