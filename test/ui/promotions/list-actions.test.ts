import { describe, expect, it } from 'vitest';
import { BundleSchema } from '../../../src/domain/bundle.ts';
import {
  addPromotion, couponCount, deletePromotions, duplicatePromotion, replacePromotion, setGroup, setPriority, setStatus,
} from '../../../src/ui/promotions/list-actions.ts';
import type { WorkspaceDraft } from '../../../src/storage/workspace-store.ts';
import { validateBundle } from '../../../src/bundle/validate.ts';
import { makeBundle } from '../../support/bundle-factories.ts';

type Json = Record<string, unknown>;
const draft = (): WorkspaceDraft => ({ bundle: makeBundle(), baskets: [] });
const promotions = (d: WorkspaceDraft) => (d.bundle as Json)['promotions'] as Json[];
const ids = (d: WorkspaceDraft) => promotions(d).map((p) => p['id']);
const one = (d: WorkspaceDraft, id: string) => promotions(d).find((p) => p['id'] === id)!;

describe('promotion list actions', () => {
  it('duplicate copies everything but codes and external ids, as a draft right after the source', () => {
    const d = draft();
    const before = ids(d);
    const next = duplicatePromotion(d, 'p-b2g1', 'p-b2g1-copy');
    const at = before.indexOf('p-b2g1');
    expect(ids(next)).toEqual([...before.slice(0, at + 1), 'p-b2g1-copy', ...before.slice(at + 1)]);
    const copy = one(next, 'p-b2g1-copy');
    expect(copy['status']).toBe('draft');
    expect(copy['name']).toBe(`${String(one(d, 'p-b2g1')['name'])} (copy)`);
    expect(copy['rule']).toEqual(one(d, 'p-b2g1')['rule']);
    expect(((next.bundle as Json)['coupons'] as Json[]).filter((c) => c['promotionId'] === 'p-b2g1-copy')).toEqual([]);
    expect(validateBundle(next.bundle).ok).toBe(true);
  });

  it('delete removes the promotion and its coupon codes so the bundle stays valid', () => {
    const d = draft();
    const couponOwner = ((d.bundle as Json)['coupons'] as Json[])[0]!['promotionId'] as string;
    // p-issue issues p-coupon's codes, so the two go together.
    const gone = new Set([couponOwner, 'p-issue']);
    expect(couponCount(d, gone)).toBeGreaterThan(0);
    const next = deletePromotions(d, gone);
    expect(ids(next)).not.toContain(couponOwner);
    expect(couponCount(next, gone)).toBe(0);
    expect(validateBundle(next.bundle).ok).toBe(true);
  });

  it('deleting a promotion another one still issues codes for leaves a problem the write refuses', () => {
    const r = validateBundle(deletePromotions(draft(), new Set(['p-coupon'])).bundle);
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['reward-target-unknown']);
  });

  it.each([
    ['archived', 'archived'],
    ['active', 'active'],
  ] as const)('setStatus(%s) changes only the ticked promotions', (status, expected) => {
    const d = draft();
    const next = setStatus(d, new Set(['p-snacks']), status);
    expect(one(next, 'p-snacks')['status']).toBe(expected);
    for (const p of promotions(next).filter((x) => x['id'] !== 'p-snacks')) expect(p).toEqual(one(d, p['id'] as string));
  });

  it.each([
    ['Weekend', 'Weekend'],
    ['  spaced  ', 'spaced'],
    ['', undefined],
  ])('setGroup(%j) stores %j', (group, stored) => {
    const next = setGroup(draft(), new Set(['p-snacks', 'p-b2g1']), group);
    expect(one(next, 'p-snacks')['group']).toBe(stored);
    expect(one(next, 'p-b2g1')['group']).toBe(stored);
  });

  it.each([
    [3, 3],
    [0, 1],
    [2.7, 2],
  ])('setPriority(%d) stores %d', (priority, stored) => {
    expect(one(setPriority(draft(), 'p-snacks', priority), 'p-snacks')['priority']).toBe(stored);
  });

  it('add and replace keep the list order and validate', () => {
    const d = draft();
    const added = addPromotion(d, { ...one(d, 'p-snacks'), id: 'p-new', name: 'New' });
    expect(ids(added).at(-1)).toBe('p-new');
    const replaced = replacePromotion(added, 'p-new', { ...one(added, 'p-new'), id: 'p-renamed' });
    expect(ids(replaced).at(-1)).toBe('p-renamed');
    expect(BundleSchema.safeParse(replaced.bundle).success).toBe(true);
  });
});
