import { describe, expect, it } from 'vitest';
import { parseCouponCsv } from '../../src/coupons/csv-reader.ts';
import type { CouponCsvRow } from '../../src/coupons/csv-row.ts';
import { makeMemoryCouponStore } from '../../src/storage/coupon-db-memory.ts';

const rows = (text: string): readonly CouponCsvRow[] => {
  const r = parseCouponCsv(text);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.value;
};
const none = new Map<string, string>();

describe('coupon store: importing a CSV into a promotion', () => {
  it('adds new codes with the SPEC defaults and keeps their file order', async () => {
    const store = makeMemoryCouponStore();
    const r = await store.merge('ws', 'p1', rows('CouponCode,UsageCount\nB,1\nA,0\n'), none);
    expect(r).toEqual({ ok: true, value: { added: 2, updated: 0, tally: { count: 2, active: 2, used: 1, exhausted: 1 } } });
    expect((await store.page('ws', 'p1', 0, 10)).map((c) => c.code)).toEqual(['B', 'A']);
  });

  it('a second file updates existing codes (keeping what it leaves out) and appends new ones', async () => {
    const store = makeMemoryCouponStore();
    await store.merge('ws', 'p1', rows('CouponCode,IsActive,MaximumUsage\nA,false,5\nB,true,2\n'), none);
    const r = await store.merge('ws', 'p1', rows('CouponCode,UsageCount\nA,5\nC,0\n'), none);
    expect(r).toEqual({ ok: true, value: { added: 1, updated: 1, tally: { count: 3, active: 2, used: 1, exhausted: 1 } } });
    expect(await store.page('ws', 'p1', 0, 10)).toEqual([
      { code: 'A', promotionId: 'p1', active: false, maxUses: 5, usageCount: 5 },
      { code: 'B', promotionId: 'p1', active: true, maxUses: 2, usageCount: 0 },
      { code: 'C', promotionId: 'p1', active: true, maxUses: 1, usageCount: 0 },
    ]);
  });

  it.each([
    ['a code of another promotion', 'coupon-code-taken', 'already belongs to promotion p2'],
    ["a code in the bundle's own list", 'coupon-code-in-bundle', "in the bundle's own code list (promotion p3)"],
  ])('refuses the whole file for %s, leaving the previous codes intact', async (_name, code, text) => {
    const store = makeMemoryCouponStore();
    await store.merge('ws', 'p1', rows('CouponCode,MaximumUsage\nA,1\n'), none);
    await store.merge('ws', 'p2', rows('CouponCode\nTAKEN\n'), none);
    const r = await store.merge('ws', 'p1', rows('CouponCode,MaximumUsage\nA,9\nNEW\nTAKEN\nINLINE\n'), new Map([['INLINE', 'p3']]));
    expect(r.ok).toBe(false);
    const p = !r.ok ? r.problems.find((x) => x.code === code) : undefined;
    expect(p?.message).toContain(text);
    expect(p?.row).toBe(code === 'coupon-code-taken' ? 4 : 5);
    expect(await store.page('ws', 'p1', 0, 10)).toEqual([{ code: 'A', promotionId: 'p1', active: true, maxUses: 1, usageCount: 0 }]);
    expect(await store.tally('ws', 'p1')).toEqual({ count: 1, active: 1, used: 0, exhausted: 0 });
    expect(await store.find('ws', 'NEW')).toBeUndefined();
  });

  it('finds codes exactly, in their own workspace only', async () => {
    const store = makeMemoryCouponStore();
    await store.merge('ws', 'p1', rows('CouponCode\nAbc\n'), none);
    expect(await store.find('ws', 'Abc')).toMatchObject({ code: 'Abc', promotionId: 'p1' });
    expect(await store.find('ws', 'abc')).toBeUndefined();
    expect(await store.find('other', 'Abc')).toBeUndefined();
    expect((await store.findMany('ws', ['x', 'Abc'])).map((c) => c.code)).toEqual(['Abc']);
  });

  it('pages are positions in the list', async () => {
    const store = makeMemoryCouponStore();
    await store.merge('ws', 'p1', rows(`CouponCode\n${Array.from({ length: 25 }, (_, i) => `C${i}`).join('\n')}\n`), none);
    expect((await store.page('ws', 'p1', 20, 10)).map((c) => c.code)).toEqual(['C20', 'C21', 'C22', 'C23', 'C24']);
  });
});
