import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeMemoryCouponStore } from '../../src/storage/coupon-db-memory.ts';
import { generateCodes } from '../../src/ui/promotions/coupon-codes.ts';
import { runs } from '../support/fc-runs.ts';
import { seededRandom } from '../support/seeded-random.ts';

/** A seeded generator, so a small alphabet forces many collisions that must be drawn again. */
const seeded = seededRandom;

describe('generated codes never duplicate', () => {
  it('generateCodes: distinct and none equal to an existing code', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.uniqueArray(fc.stringMatching(/^[AB]{8}$/), { maxLength: 30 }), fc.integer(), (count, existing, seed) => {
        // 256 possible codes: collisions with the existing ones and among the draws are common.
        const codes = generateCodes({ count, prefix: '', length: 8, alphabet: 'AB' }, new Set(existing), seeded(seed));
        expect(new Set(codes).size).toBe(count);
        expect(codes.filter((c) => existing.includes(c))).toEqual([]);
      }),
      runs(200),
    );
  });

  it('the store: rounds of generation never repeat a stored, reserved or earlier code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }), fc.integer(), async (counts, seed) => {
        const store = makeMemoryCouponStore();
        const random = seeded(seed);
        const reserved = new Map([['X-AAAAAA', 'p9']]);
        const all: string[] = [];
        for (const count of counts) {
          const r = await store.generate('ws', 'p1', { count, prefix: 'X-', length: 6, alphabet: 'ABCD' }, reserved, random);
          expect(r.ok).toBe(true);
          if (r.ok) all.push(...r.value);
        }
        expect(new Set(all).size).toBe(all.length);
        expect(all).not.toContain('X-AAAAAA');
        expect((await store.tally('ws', 'p1')).count).toBe(all.length);
        expect((await store.page('ws', 'p1', 0, 1000)).map((c) => c.code)).toEqual(all);
      }),
      runs(50),
    );
  });

  it('a spec with too little room is refused, nothing written', async () => {
    const store = makeMemoryCouponStore();
    const r = await store.generate('ws', 'p1', { count: 10, prefix: '', length: 4, alphabet: 'AB' }, new Map());
    expect(r.ok).toBe(false);
    expect(await store.tally('ws', 'p1')).toEqual({ count: 0, active: 0, used: 0, exhausted: 0 });
  });
});
