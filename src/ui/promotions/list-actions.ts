import type { WorkspaceDraft } from '../../storage/workspace-store.ts';

/**
 * Promotion list actions as pure changes of a workspace draft (input JSON), so each one is one
 * validated, undoable workspace write and is tested without a browser.
 */
type Json = Record<string, unknown>;
export type PromotionStatus = 'draft' | 'active' | 'inactive' | 'archived';

const bundleOf = (d: WorkspaceDraft): Json => d.bundle as Json;
const promotionsOf = (d: WorkspaceDraft): Json[] => ((bundleOf(d)['promotions'] as Json[] | undefined) ?? []);
const couponsOf = (d: WorkspaceDraft): Json[] => ((bundleOf(d)['coupons'] as Json[] | undefined) ?? []);

function withBundle(d: WorkspaceDraft, patch: Json): WorkspaceDraft {
  return { ...d, bundle: { ...bundleOf(d), ...patch } };
}

const mapPromotions = (d: WorkspaceDraft, ids: ReadonlySet<string>, f: (p: Json) => Json): WorkspaceDraft =>
  withBundle(d, { promotions: promotionsOf(d).map((p) => (ids.has(p['id'] as string) ? f(p) : p)) });

/** A promotion as stored (input JSON), by id. */
export const promotionInputOf = (bundleInput: unknown, id: string): Json | undefined =>
  (((bundleInput as Json | undefined)?.['promotions'] as Json[] | undefined) ?? []).find((p) => p['id'] === id);

/** Adds a promotion at the end of the list. */
export const addPromotion = (d: WorkspaceDraft, promotion: Json): WorkspaceDraft =>
  withBundle(d, { promotions: [...promotionsOf(d), promotion] });

/** Replaces the promotion `id` with `next` (which may carry a new id) in place. */
export const replacePromotion = (d: WorkspaceDraft, id: string, next: Json): WorkspaceDraft =>
  withBundle(d, { promotions: promotionsOf(d).map((p) => (p['id'] === id ? next : p)) });

/**
 * A copy of promotion `id` under `newId`, right after it, as a draft: everything but its coupon
 * codes (codes belong to one promotion; the copy gets its own).
 */
export function duplicatePromotion(d: WorkspaceDraft, id: string, newId: string): WorkspaceDraft {
  const list = promotionsOf(d);
  const at = list.findIndex((p) => p['id'] === id);
  if (at < 0) return d;
  const source = list[at]!;
  const copy: Json = { ...structuredClone(source), id: newId, name: `${String(source['name'])} (copy)`, status: 'draft', externalIds: {} };
  return withBundle(d, { promotions: [...list.slice(0, at + 1), copy, ...list.slice(at + 1)] });
}

export const setStatus = (d: WorkspaceDraft, ids: ReadonlySet<string>, status: PromotionStatus): WorkspaceDraft =>
  mapPromotions(d, ids, (p) => ({ ...p, status }));

export function setGroup(d: WorkspaceDraft, ids: ReadonlySet<string>, group: string): WorkspaceDraft {
  const g = group.trim();
  return mapPromotions(d, ids, (p) => {
    const { group: _old, ...rest } = p;
    return g === '' ? rest : { ...rest, group: g };
  });
}

/** Priority is a whole number ≥ 1; lower is evaluated first. */
export const setPriority = (d: WorkspaceDraft, id: string, priority: number): WorkspaceDraft =>
  mapPromotions(d, new Set([id]), (p) => ({ ...p, priority: Math.max(1, Math.trunc(priority)) }));

/** Deletes promotions and the coupon codes that belong to them (a code without its promotion is invalid). */
export function deletePromotions(d: WorkspaceDraft, ids: ReadonlySet<string>): WorkspaceDraft {
  return withBundle(d, {
    promotions: promotionsOf(d).filter((p) => !ids.has(p['id'] as string)),
    coupons: couponsOf(d).filter((c) => !ids.has(c['promotionId'] as string)),
  });
}

/** How many coupon codes a deletion takes with it: the confirmation says so. */
export const couponCount = (d: WorkspaceDraft, ids: ReadonlySet<string>): number =>
  couponsOf(d).filter((c) => ids.has(c['promotionId'] as string)).length;

/** New single-use codes for a coupon promotion (SPEC §3.1 default: active, one use). */
export const addCoupons = (d: WorkspaceDraft, promotionId: string, codes: readonly string[]): WorkspaceDraft =>
  withBundle(d, { coupons: [...couponsOf(d), ...codes.map((code) => ({ code, promotionId }))] });
