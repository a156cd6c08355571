import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleWithStoredCodes } from '../../src/coupons/bundle-codes.ts';
import { parseCouponCsv } from '../../src/coupons/csv-reader.ts';
import { BundleSchema } from '../../src/domain/index.ts';
import { validateBundle } from '../../src/bundle/validate.ts';
import { makeMemoryCouponStore } from '../../src/storage/coupon-db-memory.ts';

const sample = BundleSchema.parse(JSON.parse(readFileSync('public/samples/sample-bundle.json', 'utf8')));

describe('an exported bundle carries the stored codes', () => {
  it('appends every stored code of the workspace, and the result still validates', async () => {
    const store = makeMemoryCouponStore();
    const rows = parseCouponCsv(`CouponCode\n${Array.from({ length: 25 }, (_, i) => `W-${i}`).join('\n')}\n`);
    if (!rows.ok) throw new Error('bad fixture');
    await store.merge('ws', 'welcome-15', rows.value, new Map());
    await store.merge('other-ws', 'save5', rows.value, new Map());
    const out = await bundleWithStoredCodes(sample, store, 'ws');
    expect(out.coupons.slice(0, sample.coupons.length)).toEqual(sample.coupons);
    expect(out.coupons.slice(sample.coupons.length).map((c) => [c.code, c.promotionId])).toEqual(Array.from({ length: 25 }, (_, i) => [`W-${i}`, 'welcome-15']));
    expect(validateBundle(JSON.parse(JSON.stringify(out))).ok).toBe(true);
  });

  it('no stored codes: the same bundle', async () => {
    expect(await bundleWithStoredCodes(sample, makeMemoryCouponStore(), 'ws')).toBe(sample);
  });
});
