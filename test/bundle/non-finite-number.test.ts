import { describe, expect, it } from 'vitest';
import { importBundle } from '../../src/bundle/import.ts';
import { secureParse } from '../../src/bundle/secure-parse.ts';
import { bundleText, makeBundle } from '../support/bundle-factories.ts';

// Issue 11: `"priority": 1e400` with a revision → `internal error: canonical JSON cannot hold … Infinity`.
describe('numbers too large for a double', () => {
  it.each(['1e400', '-1e400'])('%s is refused by the secure parser with its path', (n) => {
    const r = secureParse(`{"a":[0,{"b":${n}}]}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([expect.objectContaining({ code: 'json-number-out-of-range', path: '$.a[1].b' })]);
  });

  it('a stamped bundle with priority 1e400 is refused at that path instead of an internal error', async () => {
    const text = (await bundleText(makeBundle())).replace(/"priority":\s*1\b/, '"priority": 1e400');
    expect(text).toContain('1e400');
    const r = await importBundle(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual(expect.objectContaining({ code: 'json-number-out-of-range', path: '$.promotions[0].priority' }));
  });
});
