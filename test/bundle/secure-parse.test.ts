import { describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES, secureParse } from '../../src/bundle/secure-parse.ts';

const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

describe('secureParse', () => {
  it('parses ordinary JSON', () => {
    expect(secureParse('{"a":[1,"x",{"b":null}]}')).toEqual({ ok: true, value: { a: [1, 'x', { b: null }] } });
  });

  it('reports a syntax error as json-syntax', () => {
    const r = secureParse('{"a": }');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toEqual(['json-syntax']);
  });

  it.each([
    ['{"__proto__": {"polluted": true}}', '$.__proto__'],
    ['{"a": [{"constructor": {"prototype": 1}}]}', '$.a[0].constructor'],
    ['{"x": {"prototype": 1}}', '$.x.prototype'],
  ])('rejects forbidden keys in %s at %s', (text, path) => {
    const r = secureParse(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([expect.objectContaining({ code: 'json-forbidden-key', path })]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts 64 levels of nesting and rejects 65', () => {
    expect(secureParse(nested(64)).ok).toBe(true);
    const r = secureParse(nested(65));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]).toMatchObject({ code: 'json-too-deep', path: `$${'[0]'.repeat(64)}` });
    }
  });

  it('survives pathological nesting without a stack overflow', () => {
    const r = secureParse(nested(100_000));
    expect(r.ok).toBe(false);
  });

  it('refuses input over the size limit before parsing, with a clear message', () => {
    const big = `{"pad":"${'x'.repeat(MAX_BUNDLE_BYTES)}"}`;
    const r = secureParse(big);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]).toMatchObject({ code: 'json-too-large', path: '$' });
      expect(r.problems[0]?.message).toContain('20 MB');
    }
  });

  it('counts UTF-8 bytes, not characters, against the limit', () => {
    // 4 characters of 3 bytes each = 12 bytes plus 2 quotes.
    expect(secureParse('"€€€€"', { maxBytes: 14 }).ok).toBe(true);
    expect(secureParse('"€€€€"', { maxBytes: 13 }).ok).toBe(false);
  });
});
