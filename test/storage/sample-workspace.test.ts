import { describe, expect, it } from 'vitest';
import { draftFromSampleTexts } from '../../src/storage/sample.ts';
import { prepareWorkspace } from '../../src/storage/workspace-store.ts';
import { sampleTexts } from '../support/sample-files.ts';

describe('the shipped sample workspace', () => {
  it('validates as a workspace, every basket file included', async () => {
    const { bundle, baskets } = sampleTexts();
    const draft = draftFromSampleTexts(bundle, baskets);
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    const prepared = await prepareWorkspace(draft.value);
    expect(prepared.ok ? [] : prepared.problems).toEqual([]);
    expect(prepared.ok && prepared.value.baskets.length).toBeGreaterThanOrEqual(Object.keys(baskets).length);
  });
});
