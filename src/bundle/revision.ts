import { canonicalJson } from './canonical-json.ts';

/** The bundle revision: lowercase SHA-256 hex of the RFC 8785 canonical JSON of the bundle without `revision`. */
export type Revision = string;

const encoder = new TextEncoder();

/**
 * Computes the revision of a bundle *as written* (the JSON object, not the zod-defaulted output),
 * so a file's revision survives a parse → write round trip. A `revision` member, if present, is
 * ignored. Uses Web Crypto, available in Node 20 and every browser.
 * @example await computeRevision({ format: 'promo-workbench.bundle', formatVersion: 1, ... }) // '3f2a…'
 */
export async function computeRevision(bundle: object): Promise<Revision> {
  const { revision: _ignored, ...rest } = bundle as Record<string, unknown>;
  const bytes = encoder.encode(canonicalJson(rest));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Returns a copy of the bundle carrying its fresh revision, placed after `formatVersion` so the
 * written file reads naturally.
 * @example const stamped = await stampRevision(bundle); stamped.revision // 64 hex digits
 */
export async function stampRevision<T extends object>(bundle: T): Promise<T & { revision: Revision }> {
  const revision = await computeRevision(bundle);
  const { format, formatVersion, revision: _old, ...rest } = bundle as Record<string, unknown>;
  const head: Record<string, unknown> = {};
  if (format !== undefined) head['format'] = format;
  if (formatVersion !== undefined) head['formatVersion'] = formatVersion;
  return { ...head, revision, ...rest } as T & { revision: Revision };
}
