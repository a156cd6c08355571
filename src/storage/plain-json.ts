import { jsonPath } from '../domain/problem.ts';

/**
 * The JSON path of the first value that is not plain JSON (bigint, Decimal, Date, undefined in an
 * array, NaN…), or undefined when the whole value is plain. Guards every write so nothing that
 * cannot round-trip through a file ever reaches IndexedDB.
 * @example firstNonJson({ a: [1, 2n] }) // '$.a[1]'
 */
export function firstNonJson(value: unknown, path: PropertyKey[] = []): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : jsonPath(path);
  if (typeof value !== 'object') return jsonPath(path);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = firstNonJson(value[i], [...path, i]);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return jsonPath(path);
  for (const [k, v] of Object.entries(value)) {
    // An undefined member is dropped by JSON, as by structured clone's reader: harmless.
    if (v === undefined) continue;
    const bad = firstNonJson(v, [...path, k]);
    if (bad !== undefined) return bad;
  }
  return undefined;
}
