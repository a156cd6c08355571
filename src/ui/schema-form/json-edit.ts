/**
 * Immutable edits of plain JSON by path — the editor's working copies are input JSON (what a bundle
 * file holds), so every form control reads and writes through these three functions.
 */
export type JsonPathSegments = readonly (string | number)[];

/** The value at `path`, or undefined when any step is missing. */
export function getIn(value: unknown, path: JsonPathSegments): unknown {
  let cur = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/**
 * A copy of `value` with `next` at `path`; missing containers are created (an array for a numeric
 * step). `next === undefined` removes an object member, so optional fields disappear rather than
 * being stored as null.
 * @example setIn({ a: { b: 1 } }, ['a', 'c'], 2) // { a: { b: 1, c: 2 } }
 */
export function setIn(value: unknown, path: JsonPathSegments, next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const inner = setIn(getIn(value, [key]), rest, next);
  if (typeof key === 'number') {
    const arr = Array.isArray(value) ? [...(value as unknown[])] : [];
    arr[key] = inner;
    return arr;
  }
  const obj = value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
  if (inner === undefined) delete obj[key];
  else obj[key] = inner;
  return obj;
}

/** A copy of the array at `path` without element `index`. */
export function removeAt(value: unknown, path: JsonPathSegments, index: number): unknown {
  const arr = getIn(value, path);
  if (!Array.isArray(arr)) return value;
  return setIn(value, path, arr.filter((_, i) => i !== index));
}

/** A copy of the array at `path` with element `from` moved to `to` (clamped). */
export function moveAt(value: unknown, path: JsonPathSegments, from: number, to: number): unknown {
  const arr = getIn(value, path);
  if (!Array.isArray(arr) || from < 0 || from >= arr.length) return value;
  const target = Math.max(0, Math.min(arr.length - 1, to));
  const next = [...(arr as unknown[])];
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item);
  return setIn(value, path, next);
}

/** `$.promotions[3].rule` → ['promotions', 3, 'rule'] (the inverse of the domain's `jsonPath`). */
export function parseJsonPath(path: string): JsonPathSegments {
  const out: (string | number)[] = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const m of path.slice(1).matchAll(re)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(JSON.parse(m[3]) as string);
  }
  return out;
}
