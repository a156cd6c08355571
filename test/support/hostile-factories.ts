import { makeBundle } from './bundle-factories.ts';

/** A plain order value (as a file holds it) with `n` one-unit lines of product `soda`. */
export function orderValue(lines = 1, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'o-1',
    at: '2026-05-04T12:00:00Z',
    lines: Array.from({ length: lines }, (_, i) => ({ id: `l${i + 1}`, productId: 'soda', quantity: 1, unitPrice: '1.50' })),
    ...extra,
  };
}

/** A bundle value (as a file holds it) with its first promotion replaced by `promotion` fields. */
export function bundleWithPromotion(fields: Record<string, unknown>): Record<string, unknown> {
  const b = makeBundle() as unknown as Record<string, unknown> & { promotions: Record<string, unknown>[] };
  b.promotions[0] = { ...b.promotions[0], ...fields };
  return b;
}

/** Sets `value` at `path` inside a fresh copy of `root`. */
export function withValueAt<T>(root: T, path: readonly (string | number)[], value: unknown): T {
  const copy = structuredClone(root) as unknown as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = value;
  return copy as unknown as T;
}

/** `{ kind: 'not', of: … }` nested so the tree is `depth` levels deep (the leaf is level 1). */
export function nestedCondition(depth: number): unknown {
  let c: unknown = { kind: 'leaf', field: 'subtotal', op: 'gte', value: '1' };
  for (let d = 1; d < depth; d++) c = { kind: 'not', of: c };
  return c;
}
