import { describe, expect, it } from 'vitest';
import { importBundle } from '../../src/bundle/import.ts';
import { bundleText, makeBundle } from '../support/bundle-factories.ts';

// Tests poke at raw JSON, wrong types included, so the bundle is untyped here on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

/** Promotion indexes in makeBundle(): 0 snacks, 1 b2g1, 2 order, 3 coupon, 4 loyalty, 5 issue. */
const CASES: readonly { name: string; corrupt: (b: Raw) => void; code: string; path: string }[] = [
  { name: 'name is a number', corrupt: (b) => { b.name = 42; }, code: 'schema-invalid-type', path: '$.name' },
  { name: 'unknown top-level key', corrupt: (b) => { b.colour = 'red'; }, code: 'schema-unknown-key', path: '$.colour' },
  { name: 'unknown promotion key', corrupt: (b) => { b.promotions[0].discount = 1; }, code: 'schema-unknown-key', path: '$.promotions[0].discount' },
  { name: 'promotions missing', corrupt: (b) => { delete b.promotions; }, code: 'schema-missing-field', path: '$.promotions' },
  { name: 'item deal without a target', corrupt: (b) => { delete b.promotions[0].rule.target; }, code: 'schema-missing-field', path: '$.promotions[0].rule.target' },
  { name: 'unknown rule kind', corrupt: (b) => { b.promotions[2].rule.kind = 'bogo'; }, code: 'schema-invalid-value', path: '$.promotions[2].rule.kind' },
  { name: 'unknown condition field', corrupt: (b) => { b.promotions[2].conditions.of[0].field = 'total'; }, code: 'schema-invalid-value', path: '$.promotions[2].conditions.of[0].field' },
  { name: 'percent above 100', corrupt: (b) => { b.promotions[0].rule.tiers[0].reward.percent = '150'; }, code: 'schema-invalid-format', path: '$.promotions[0].rule.tiers[0].reward.percent' },
  { name: 'no tiers', corrupt: (b) => { b.promotions[1].rule.tiers = []; }, code: 'schema-too-small', path: '$.promotions[1].rule.tiers' },
  { name: 'unknown product in fixed list', corrupt: (b) => { b.promotions[1].rule.selection.qualifying.ids = ['cola']; }, code: 'unknown-product-id', path: '$.promotions[1].rule.selection.qualifying.ids[0]' },
  { name: 'unknown gift product', corrupt: (b) => { b.promotions[4].rule.gift.productId = 'cup'; }, code: 'unknown-product-id', path: '$.promotions[4].rule.gift.productId' },
  { name: 'unknown excluded product', corrupt: (b) => { b.promotions[0].rule.selection.excluded = ['gum']; }, code: 'unknown-product-id', path: '$.promotions[0].rule.selection.excluded[0]' },
  { name: 'loyalty with conditions', corrupt: (b) => { b.promotions[4].conditions = { kind: 'leaf', field: 'hasCustomer', op: 'eq', value: true }; }, code: 'loyalty-with-conditions', path: '$.promotions[4].conditions' },
  { name: 'tiers not increasing', corrupt: (b) => { b.promotions[1].rule.tiers[1].threshold.quantity = 3; }, code: 'tiers-not-increasing', path: '$.promotions[1].rule.tiers[1].threshold' },
  { name: 'mixed threshold kinds', corrupt: (b) => { b.promotions[1].rule.tiers[1].threshold = { kind: 'buysAtLeast', quantity: 6 }; }, code: 'tiers-mixed-threshold-kinds', path: '$.promotions[1].rule.tiers' },
  { name: 'mixed reward families', corrupt: (b) => { b.promotions[1].rule.tiers[1].reward = { kind: 'amountOff', amount: '1.00' }; }, code: 'tiers-mixed-reward-families', path: '$.promotions[1].rule.tiers' },
  { name: 'end before start', corrupt: (b) => { b.promotions[1].schedule.end = '2026-05-31T23:59'; }, code: 'schedule-end-not-after-start', path: '$.promotions[1].schedule.end' },
  { name: 'end equals start', corrupt: (b) => { b.promotions[1].schedule.end = '2026-06-01T00:00:00'; }, code: 'schedule-end-not-after-start', path: '$.promotions[1].schedule.end' },
  { name: 'unknown schedule time zone', corrupt: (b) => { b.promotions[1].schedule.timeZone = 'Mars/Olympus'; }, code: 'time-zone-unknown', path: '$.promotions[1].schedule.timeZone' },
  { name: 'unknown bundle time zone', corrupt: (b) => { b.timeZone = 'EST5'; }, code: 'time-zone-unknown', path: '$.timeZone' },
  { name: 'duplicate promotion id', corrupt: (b) => { b.promotions[1].id = 'p-snacks'; b.baskets = []; }, code: 'duplicate-promotion-id', path: '$.promotions[1].id' },
  { name: 'duplicate product id', corrupt: (b) => { b.products[2].id = 'chips'; }, code: 'duplicate-product-id', path: '$.products[2].id' },
  { name: 'duplicate coupon code', corrupt: (b) => { b.coupons.push({ code: 'WELCOME', promotionId: 'p-coupon' }); }, code: 'duplicate-coupon-code', path: '$.coupons[1].code' },
  { name: 'coupon of unknown promotion', corrupt: (b) => { b.coupons[0].promotionId = 'p-gone'; }, code: 'coupon-unknown-promotion', path: '$.coupons[0].promotionId' },
  { name: 'coupon of an automatic promotion', corrupt: (b) => { b.coupons[0].promotionId = 'p-order'; }, code: 'coupon-promotion-not-coupon', path: '$.coupons[0].promotionId' },
  { name: 'amount finer than the currency', corrupt: (b) => { b.products[0].price = '1.505'; }, code: 'money-too-precise', path: '$.products[0].price' },
  { name: 'condition amount finer than the currency', corrupt: (b) => { b.promotions[2].conditions.of[0].value = '49.999'; }, code: 'money-too-precise', path: '$.promotions[2].conditions.of[0].value' },
  { name: 'yen with decimals', corrupt: (b) => { b.currency = 'JPY'; b.products.forEach((p: Raw) => { p.price = '100'; }); b.baskets[0].order.lines[0].unitPrice = '100'; b.promotions[2].conditions.of[0].value = '5000'; b.promotions[3].rule.maxDiscount = '20'; b.promotions[2].rule.reward.amount = '500.5'; }, code: 'money-too-precise', path: '$.promotions[2].rule.reward.amount' },
  { name: 'unknown currency', corrupt: (b) => { b.currency = 'XYZ'; }, code: 'currency-unknown', path: '$.currency' },
  { name: 'unknown condition script', corrupt: (b) => { b.promotions[3].conditions.scriptId = 's-none'; }, code: 'script-unknown', path: '$.promotions[3].conditions.scriptId' },
  { name: 'condition script of the wrong extension point', corrupt: (b) => { b.promotions[3].conditions.scriptId = 's-disp'; }, code: 'script-wrong-extension-point', path: '$.promotions[3].conditions.scriptId' },
  { name: 'dispersion script of the wrong extension point', corrupt: (b) => { b.promotions[0].dispersion = { scriptId: 's-cond' }; }, code: 'script-wrong-extension-point', path: '$.promotions[0].dispersion.scriptId' },
  { name: 'dispersion script with fixed values', corrupt: (b) => { b.promotions[0].dispersion = { scriptId: 's-disp', financial: 1 }; }, code: 'dispersion-script-conflict', path: '$.promotions[0].dispersion' },
  { name: 'non-rewarded dispersion on an all-units deal', corrupt: (b) => { b.promotions[0].dispersion = { product: 2 }; }, code: 'dispersion-product-empty', path: '$.promotions[0].dispersion.product' },
  { name: 'financial dispersion out of range', corrupt: (b) => { b.promotions[0].dispersion = { financial: 7 }; }, code: 'schema-too-big', path: '$.promotions[0].dispersion.financial' },
  { name: 'generateCoupon of a missing promotion', corrupt: (b) => { b.promotions[5].rule.targetPromotionId = 'p-gone'; }, code: 'reward-target-unknown', path: '$.promotions[5].rule.targetPromotionId' },
  { name: 'generateCoupon of an automatic promotion', corrupt: (b) => { b.promotions[5].rule.targetPromotionId = 'p-order'; }, code: 'reward-target-not-coupon', path: '$.promotions[5].rule.targetPromotionId' },
  { name: 'undeclared order property', corrupt: (b) => { b.promotions[2].conditions.of[1].selected = ['curbside']; }, code: 'order-property-unknown', path: '$.promotions[2].conditions.of[1].selected[0]' },
  { name: 'basket line of an unknown product', corrupt: (b) => { b.baskets[0].order.lines[0].productId = 'cola'; }, code: 'unknown-product-id', path: '$.baskets[0].order.lines[0].productId' },
  { name: 'newer format version', corrupt: (b) => { b.formatVersion = 2; }, code: 'format-version-unsupported', path: '$.formatVersion' },
  { name: 'not a bundle', corrupt: (b) => { b.format = 'something-else'; }, code: 'format-unknown', path: '$.format' },
];

async function importCorrupted(corrupt: (b: Raw) => void) {
  const raw: Raw = structuredClone(makeBundle());
  corrupt(raw);
  return importBundle(await bundleText(raw));
}

describe('importBundle rejects corrupted bundles with the exact code and path', () => {
  it('accepts the uncorrupted fixture without problems', async () => {
    expect(await importBundle(await bundleText())).toMatchObject({ ok: true });
    expect(((await importBundle(await bundleText())) as { problems?: unknown }).problems).toBeUndefined();
  });

  it.each(CASES)('$name → $code at $path', async ({ corrupt, code, path }) => {
    const r = await importCorrupted(corrupt);
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.problems.filter((p) => p.severity === 'error').map((p) => ({ code: p.code, path: p.path }));
    expect(errors).toEqual([{ code, path }]);
  });

  it('reports a tampered revision with both digests', async () => {
    const text = await bundleText();
    const tampered = text.replace('"5.00"', '"50.00"');
    expect(tampered).not.toBe(text);
    const r = await importBundle(tampered);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(1);
      const p = r.problems[0]!;
      expect(p).toMatchObject({ code: 'revision-mismatch', path: '$.revision', severity: 'error' });
      const stated = (JSON.parse(text) as { revision: string }).revision;
      expect(p.message).toContain(stated);
      expect(p.message).toMatch(/computed [0-9a-f]{64}/);
    }
  });

  it('reports every fault of a bundle with several, not just the first', async () => {
    const r = await importCorrupted((b) => {
      b.promotions[1].rule.selection.qualifying.ids = ['cola'];
      b.promotions[4].conditions = { kind: 'leaf', field: 'hasCustomer', op: 'eq', value: true };
      b.promotions[1].schedule.end = '2026-01-01T00:00';
      b.coupons.push({ code: 'WELCOME', promotionId: 'p-coupon' });
      b.products[0].price = '1.501';
    });
    expect(r.ok).toBe(false);
    const codes = r.ok ? [] : r.problems.map((p) => p.code).sort();
    expect(codes).toEqual(
      ['duplicate-coupon-code', 'loyalty-with-conditions', 'money-too-precise', 'schedule-end-not-after-start', 'unknown-product-id'],
    );
  });

  it('reports every schema fault at once', async () => {
    const r = await importCorrupted((b) => {
      b.name = 1;
      b.colour = 'red';
      b.promotions[0].rule.kind = 'bogo';
      b.products[1].price = 2;
    });
    const paths = r.ok ? [] : r.problems.map((p) => p.path).sort();
    expect(paths).toEqual(['$.colour', '$.name', '$.products[1].price', '$.promotions[0].rule.kind']);
  });

  it('reports forbidden keys before anything else', async () => {
    const text = (await bundleText()).replace('"name": "Corner Shop"', '"name": "Corner Shop", "__proto__": {"x": 1}');
    const r = await importBundle(text);
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.path])).toEqual([['json-forbidden-key', '$.__proto__']]);
  });
});
