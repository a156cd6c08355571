import { describe, expect, it } from 'vitest';
import { bundleWithCoupons, codesToLookUp } from '../../src/coupons/engine-view.ts';
import type { Coupon } from '../../src/domain/coupon.ts';
import { readFileSync } from 'node:fs';
import { parseCouponCsv } from '../../src/coupons/csv-reader.ts';
import { BundleSchema, OrderSchema } from '../../src/domain/index.ts';
import { evaluate } from '../../src/engine/index.ts';
import { makeMemoryCouponStore } from '../../src/storage/coupon-db-memory.ts';

const sample = JSON.parse(readFileSync('public/samples/sample-bundle.json', 'utf8')) as Record<string, unknown>;

describe('the engine sees stored codes the order entered', () => {
  it.each([
    ['codes the bundle lacks, once each', { coupons: [{ code: 'A' }] }, { coupons: ['A', 'W-1', 'W-1', 'w-1'] }, ['W-1', 'w-1']],
    ['no coupons entered', { coupons: [] }, {}, []],
    ['a malformed order', { coupons: [] }, { coupons: 'W-1' }, []],
  ])('%s', (_name, bundle, order, codes) => {
    expect(codesToLookUp(bundle, order)).toEqual(codes);
  });

  it('a code imported into the store applies like one of the bundle', async () => {
    const store = makeMemoryCouponStore();
    const rows = parseCouponCsv('CouponCode,MaximumUsage\nWELCOME-STORED,1\n');
    if (!rows.ok) throw new Error('bad fixture');
    await store.merge('ws', 'welcome-15', rows.value, new Map());
    const basket = JSON.parse(readFileSync('public/samples/baskets/b02-bakery-bogo.json', 'utf8')) as { order: object };
    const withCode = { ...basket.order, coupons: ['WELCOME-STORED'] };
    const found: readonly Coupon[] = await store.findMany('ws', codesToLookUp(sample, withCode));
    const without = evaluate(BundleSchema.parse(sample), OrderSchema.parse(withCode));
    const withStored = evaluate(BundleSchema.parse(bundleWithCoupons(sample, found)), OrderSchema.parse(withCode));
    expect(without.coupons).toEqual([expect.objectContaining({ code: 'WELCOME-STORED', status: 'unknown' })]);
    expect(withStored.coupons).toEqual([expect.objectContaining({ code: 'WELCOME-STORED', promotionId: 'welcome-15' })]);
    expect(withStored.coupons[0]!.status).not.toBe('unknown');
  });
});
