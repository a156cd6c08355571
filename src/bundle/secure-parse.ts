import { fail, jsonPath, ok, problem, type Problem, type Result } from '../domain/problem.ts';

/** Largest bundle file accepted, in UTF-8 bytes. */
export const MAX_BUNDLE_BYTES = 20 * 1024 * 1024;
/** Deepest nesting of arrays and objects accepted (the root container is depth 1). */
export const MAX_JSON_DEPTH = 64;

/** Keys that could reach `Object.prototype` if a later step merged objects carelessly. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface SecureParseOptions {
  readonly maxBytes?: number;
  readonly maxDepth?: number;
  /** What is parsed, for the too-large message ("a bundle", "an order"). */
  readonly what?: string;
}

/** Largest order or state file accepted: a basket of thousands of lines stays far below it. */
export const MAX_ORDER_BYTES = 5 * 1024 * 1024;

/**
 * Parses untrusted JSON text: refuses oversized input before parsing, reports nesting deeper than
 * the limit, every number too large for a double (1e400) and every `__proto__`/`constructor`/`prototype` key (each with its JSON path), and
 * rebuilds the value from fresh plain objects without those keys.
 * @example secureParse('{"a":[1,2]}') // { ok: true, value: { a: [1, 2] } }
 */
export function secureParse(text: string, options: SecureParseOptions = {}): Result<unknown> {
  const maxBytes = options.maxBytes ?? MAX_BUNDLE_BYTES;
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  const bytes = utf8Length(text, maxBytes);
  if (bytes > maxBytes) {
    return fail([
      problem(
        'json-too-large',
        options.what === undefined || options.what === 'a bundle'
          ? `the file is larger than ${formatMb(maxBytes)} (the limit for a bundle); split coupon codes into a coupon CSV`
          : `the file is larger than ${formatMb(maxBytes)} (the limit for ${options.what})`,
        '$',
      ),
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail([problem('json-syntax', syntaxMessage(text, e), '$')]);
  }
  const problems: Problem[] = [];
  const value = rebuild(raw, [], 1, maxDepth, problems);
  return problems.length > 0 ? fail(problems) : ok(value);
}

/** UTF-8 length of `text`, counting no further than just past `limit`. */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length; // every UTF-16 unit is at least one byte
  if (text.length * 3 <= limit) return text.length; // at most 3 bytes per unit: cannot exceed
  let n = 0;
  for (let i = 0; i < text.length && n <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // a surrogate pair is 4 bytes
      i++;
    } else n += 3;
  }
  return n;
}

function rebuild(value: unknown, path: PropertyKey[], depth: number, maxDepth: number, problems: Problem[]): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    // JSON.parse turns 1e400 into Infinity, which no field accepts and canonical JSON (the revision) cannot hold.
    problems.push(problem('json-number-out-of-range', `the number is too large to hold (it reads as ${value})`, jsonPath(path)));
    return null;
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth > maxDepth) {
    problems.push(problem('json-too-deep', `nesting is deeper than ${maxDepth} levels`, jsonPath(path)));
    return null;
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown, i) => rebuild(item, [...path, i], depth + 1, maxDepth, problems));
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      problems.push(problem('json-forbidden-key', `the key "${key}" is not allowed (it could reach object prototypes)`, jsonPath([...path, key])));
      continue;
    }
    const child = rebuild((value as Record<string, unknown>)[key], [...path, key], depth + 1, maxDepth, problems);
    // defineProperty, not assignment: an own data property whatever the key.
    Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function syntaxMessage(text: string, e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  const m = /position (\d+)/.exec(detail);
  if (!m) return `not valid JSON: ${detail}`;
  const offset = Number(m[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const reason = detail.replace(/\s*(in JSON )?at position \d+.*$/s, '');
  return `not valid JSON at line ${line}, column ${column}: ${reason}`;
}

function formatMb(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
