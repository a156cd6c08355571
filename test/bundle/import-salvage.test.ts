import { describe, expect, it } from 'vitest';
import { importBundle } from '../../src/bundle/import.ts';
import { bundleText, makeBundle } from '../support/bundle-factories.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

/** Promotion indexes in makeBundle(): 0 snacks, 1 b2g1, 2 order, 3 coupon, 4 loyalty, 5 issue. */
async function errorsOf(corrupt: (b: Raw) => void): Promise<{ code: string; path: string | undefined }[]> {
  const raw: Raw = structuredClone(makeBundle());
  corrupt(raw);
  const r = await importBundle(await bundleText(raw));
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems.filter((p) => p.severity === 'error').map((p) => ({ code: p.code, path: p.path }));
}

describe('a bundle that fails the schema still has its consistency checked', () => {
  it('reports a wrong type, an unknown product id and a loyalty promotion with conditions in one pass', async () => {
    const errors = await errorsOf((b) => {
      b.promotions[0].priority = 'high';
      b.promotions[1].rule.selection.qualifying.ids = ['cola'];
      b.promotions[4].conditions = { kind: 'leaf', field: 'hasCustomer', op: 'eq', value: true };
    });
    expect(errors).toEqual([
      { code: 'schema-invalid-type', path: '$.promotions[0].priority' },
      { code: 'unknown-product-id', path: '$.promotions[1].rule.selection.qualifying.ids[0]' },
      { code: 'loyalty-with-conditions', path: '$.promotions[4].conditions' },
    ]);
  });

  it('keeps paths pointing into the file as written when earlier elements failed', async () => {
    const errors = await errorsOf((b) => {
      b.products[0].price = 15;
      b.promotions[0].status = 'live';
      b.promotions[1].schedule.end = '2026-01-01T00:00';
    });
    expect(errors).toContainEqual({ code: 'schedule-end-not-after-start', path: '$.promotions[1].schedule.end' });
  });

  it.each([
    ['a product', (b: Raw) => { b.products.find((p: Raw) => p.id === 'soda').price = 15; }, 'unknown-product-id'],
    ['a coupon promotion', (b: Raw) => { b.promotions[3].status = 'live'; }, 'coupon-unknown-promotion'],
    ['a script', (b: Raw) => { b.scripts[0].extensionPoint = 'Nope'; }, 'script-unknown'],
  ])('does not report references to %s that failed the schema', async (_what, corrupt, unwanted) => {
    const errors = await errorsOf(corrupt);
    expect(errors.map((e) => e.code)).not.toContain(unwanted);
    expect(errors.some((e) => e.code.startsWith('schema-'))).toBe(true);
  });
});
