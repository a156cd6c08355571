/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): the byte-exact form the bundle `revision` hashes.
 *
 * - object members sorted by their names' UTF-16 code units (JS's default string order);
 * - numbers in ECMAScript `Number.prototype.toString` form (`1e+21`, `-0` → `0`), which is what
 *   `JSON.stringify` produces for finite numbers;
 * - strings escaped as `JSON.stringify` does (RFC 8785 §3.2.2.2 adopts exactly that escaping);
 * - no whitespace.
 *
 * Properties whose value is `undefined` are left out, as `JSON.stringify` does, so an in-memory
 * object with unset optional fields hashes like the file it is written to.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, out, new Set());
  return out.join('');
}

function write(value: unknown, out: string[], seen: Set<object>): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON cannot hold the number ${value}`);
      out.push(JSON.stringify(value));
      return;
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'object':
      break;
    default:
      // bigint, function, symbol, undefined at top level: not JSON — a caller bug.
      throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  }
  const obj = value as object;
  if (seen.has(obj)) throw new TypeError('canonical JSON cannot hold a cyclic structure');
  seen.add(obj);
  if (Array.isArray(obj)) {
    out.push('[');
    obj.forEach((item: unknown, i) => {
      if (i > 0) out.push(',');
      // Like JSON.stringify: an undefined array slot is written as null.
      write(item === undefined ? null : item, out, seen);
    });
    out.push(']');
  } else {
    const record = obj as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    out.push('{');
    keys.forEach((k, i) => {
      if (i > 0) out.push(',');
      out.push(JSON.stringify(k), ':');
      write(record[k], out, seen);
    });
    out.push('}');
  }
  seen.delete(obj);
}
