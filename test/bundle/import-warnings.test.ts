import { describe, expect, it } from 'vitest';
import { importBundle } from '../../src/bundle/import.ts';
import { bundleText, makeBundle } from '../support/bundle-factories.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

async function importWith(corrupt: (b: Raw) => void, stamp = true) {
  const raw: Raw = structuredClone(makeBundle());
  corrupt(raw);
  return importBundle(stamp ? await bundleText(raw) : JSON.stringify(raw));
}

describe('importBundle warnings keep the bundle importable', () => {
  it.each([
    {
      name: 'no revision',
      corrupt: () => {},
      stamp: false,
      code: 'revision-missing',
      path: '$.revision',
    },
    {
      name: 'four tiers',
      corrupt: (b: Raw) => {
        b.promotions[1].rule.tiers.push(
          { threshold: { kind: 'buys', quantity: 9 }, reward: { kind: 'percent', percent: '60' } },
          { threshold: { kind: 'buys', quantity: 12 }, reward: { kind: 'percent', percent: '70' } },
        );
      },
      stamp: true,
      code: 'tiers-more-than-suggested',
      path: '$.promotions[1].rule.tiers',
    },
    {
      name: 'dispersion on a gift',
      corrupt: (b: Raw) => {
        b.promotions[4].dispersion = { financial: 1 };
      },
      stamp: true,
      code: 'dispersion-not-applicable',
      path: '$.promotions[4].dispersion',
    },
  ])('$name → warning $code at $path', async ({ corrupt, stamp, code, path }) => {
    const r = await importWith(corrupt, stamp);
    expect(r.ok).toBe(true);
    expect(r.problems?.map((p) => ({ code: p.code, path: p.path, severity: p.severity }))).toEqual([
      { code, path, severity: 'warning' },
    ]);
  });

  it('an error next to a warning still fails, and both are reported', async () => {
    const r = await importWith((b) => {
      b.products[0].id = 'chips';
    }, false);
    expect(r.ok).toBe(false);
    expect(r.problems?.map((p) => p.code).sort()).toEqual(['duplicate-product-id', 'revision-missing', 'unknown-product-id', 'unknown-product-id']);
  });
});
