/**
 * Optional Ed25519 signatures on exported bundles. The signature covers the bundle exactly as the
 * revision does — the RFC 8785 canonical JSON (canonical-json.ts) of the bundle without its
 * `signature` member, revision included — so it survives pretty-printing and key order.
 *
 * A signed file carries `"signature": { "algorithm": "Ed25519", "publicKey": …, "value": … }`
 * (base64url, raw 32-byte key and 64-byte signature). The embedded key only says who claims to
 * have signed: trust comes from the consumer's POLICY (`trustedKeys`), never from the bundle. A
 * consumer that requires signatures refuses a bundle that is unsigned, altered, or signed by a key
 * it does not trust, whatever the bundle's own fields say.
 *
 * WebCrypto's Ed25519 runs in Node ≥ 20 and in the Chromium the app targets, so no library is
 * needed and the private key can stay a non-extractable CryptoKey where the platform allows.
 */
import { SIGNATURE_ALGORITHM, type BundleSignature } from '../domain/bundle-signature.ts';
import { problem, type Problem } from '../domain/problem.ts';
import { canonicalJson } from './canonical-json.ts';

export { SIGNATURE_ALGORITHM, type BundleSignature };

/** What a consumer accepts. The default accepts unsigned bundles and checks a signature's integrity. */
export interface SignaturePolicy {
  /** Refuse bundles without a valid signature by a trusted key. */
  readonly require?: boolean;
  /** Public keys (base64url/base64 raw, or PEM SPKI) whose signatures are trusted. */
  readonly trustedKeys?: readonly string[];
}

/** A signing key: the private CryptoKey and its public key as base64url. */
export interface SigningKey {
  readonly privateKey: CryptoKey;
  readonly publicKey: string;
}

const ED25519 = { name: SIGNATURE_ALGORITHM } as const;
const encoder = new TextEncoder();
const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

/** @example await generateSigningKey() // { privateKey: CryptoKey, publicKey: 'Xk3…' } */
export async function generateSigningKey(extractable = true): Promise<SigningKey> {
  const pair = (await subtle().generateKey(ED25519, extractable, ['sign', 'verify'])) as CryptoKeyPair;
  return { privateKey: pair.privateKey, publicKey: base64url(new Uint8Array(await subtle().exportKey('raw', pair.publicKey))) };
}

/** The private key as PKCS#8 PEM, for the user to keep (and for `importSigningKey`). */
export async function exportPrivateKeyPem(key: SigningKey): Promise<string> {
  const der = new Uint8Array(await subtle().exportKey('pkcs8', key.privateKey));
  return pem('PRIVATE KEY', der);
}

/** The public key as SPKI PEM (what `promo --public-key` and `openssl` read). */
export function publicKeyPem(publicKey: string): string {
  const raw = decodeKey(publicKey);
  if (raw === undefined) throw new Error('not an Ed25519 public key');
  return pem('PUBLIC KEY', new Uint8Array([...SPKI_PREFIX, ...raw]));
}

/**
 * A signing key from PKCS#8 PEM (or its base64 body), e.g. `openssl genpkey -algorithm ed25519`.
 * @example const r = await importSigningKey(pemText); if (r.ok) sign with r.value
 */
export async function importSigningKey(text: string): Promise<{ ok: true; value: SigningKey } | { ok: false; problems: readonly Problem[] }> {
  const der = fromBase64(pemBody(text));
  if (der === undefined || der.length !== 48) {
    return { ok: false, problems: [problem('signing-key-invalid', 'expected an Ed25519 private key as PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----")')] };
  }
  try {
    const privateKey = await subtle().importKey('pkcs8', der, ED25519, true, ['sign']);
    // The public key is the JWK `x` of the private key.
    const jwk = await subtle().exportKey('jwk', privateKey);
    if (typeof jwk.x !== 'string') throw new Error('no public part');
    return { ok: true, value: { privateKey, publicKey: jwk.x } };
  } catch (e) {
    return { ok: false, problems: [problem('signing-key-invalid', `not a usable Ed25519 private key (${e instanceof Error ? e.message : String(e)})`)] };
  }
}

/**
 * Returns a copy of `bundle` (a plain JSON object, typically just stamped with its revision) with
 * its `signature` member last.
 * @example const signed = await signBundle(await stampRevision(plain), key)
 */
export async function signBundle<T extends object>(bundle: T, key: SigningKey): Promise<T & { signature: BundleSignature }> {
  const { signature: _old, ...rest } = bundle as Record<string, unknown>;
  const value = new Uint8Array(await subtle().sign(ED25519, key.privateKey, encoder.encode(canonicalJson(rest))));
  return { ...rest, signature: { algorithm: SIGNATURE_ALGORITHM, publicKey: key.publicKey, value: base64url(value) } } as T & {
    signature: BundleSignature;
  };
}

/** A short, stable name for a key: the first 16 hex digits of SHA-256 of its raw bytes. */
export async function keyFingerprint(publicKey: string): Promise<string> {
  const raw = decodeKey(publicKey);
  if (raw === undefined) return '(invalid key)';
  const digest = new Uint8Array(await subtle().digest('SHA-256', raw));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Checks the `signature` member of a bundle as written against the policy and returns the bundle
 * without it (the schema knows nothing of signatures) plus what was found:
 *
 * | found | problem |
 * | --- | --- |
 * | no signature, policy requires one | `signature-missing` (error) |
 * | signature not of the expected shape | `signature-malformed` (error) |
 * | does not verify against its own key (content or signature altered) | `signature-invalid` (error) |
 * | verifies, key trusted | `signature-verified` (info) |
 * | verifies, key not trusted | `signature-untrusted` (error when required, else warning) |
 * | a trusted key in the policy cannot be read | `signature-policy-invalid` (error) |
 */
export async function checkSignature(
  bundle: Record<string, unknown>,
  policy: SignaturePolicy = {},
): Promise<{ readonly unsigned: Record<string, unknown>; readonly problems: readonly Problem[] }> {
  const { signature, ...unsigned } = bundle;
  const at = '$.signature';
  const trusted: Uint8Array<ArrayBuffer>[] = [];
  for (const k of policy.trustedKeys ?? []) {
    const raw = decodeKey(k);
    if (raw === undefined) return { unsigned, problems: [problem('signature-policy-invalid', 'a trusted public key is not an Ed25519 key (base64 of 32 bytes or SPKI PEM)')] };
    trusted.push(raw);
  }
  if (signature === undefined) {
    return {
      unsigned,
      problems: policy.require ? [problem('signature-missing', 'the bundle is not signed, and signatures are required here', at)] : [],
    };
  }
  const s = signature as Partial<Record<keyof BundleSignature, unknown>> | null;
  const key = typeof s?.publicKey === 'string' ? decodeKey(s.publicKey) : undefined;
  const value = typeof s?.value === 'string' ? fromBase64(s.value) : undefined;
  if (typeof s !== 'object' || s === null || Array.isArray(s) || s.algorithm !== SIGNATURE_ALGORITHM || key === undefined || value?.length !== 64) {
    return { unsigned, problems: [problem('signature-malformed', 'expected {"algorithm": "Ed25519", "publicKey": <32 bytes base64url>, "value": <64 bytes base64url>}', at)] };
  }
  const message = encoder.encode(canonicalJson(unsigned));
  if (!(await verify(key, value, message))) {
    return { unsigned, problems: [problem('signature-invalid', 'the signature does not match the content: the file was altered after signing', at)] };
  }
  const name = await keyFingerprint(s.publicKey as string);
  if (trusted.some((t) => equalBytes(t, key))) {
    return { unsigned, problems: [problem('signature-verified', `signed by trusted key ${name}`, at, 'info')] };
  }
  return {
    unsigned,
    problems: [
      policy.require
        ? problem('signature-untrusted', `signed by key ${name}, which is not among the trusted keys`, at)
        : problem('signature-untrusted', `signed by key ${name}, which is not among the trusted keys; the content matches its signature`, at, 'warning'),
    ],
  };
}

async function verify(raw: Uint8Array<ArrayBuffer>, signature: Uint8Array<ArrayBuffer>, message: Uint8Array<ArrayBuffer>): Promise<boolean> {
  try {
    const key = await subtle().importKey('raw', raw, ED25519, false, ['verify']);
    return await subtle().verify(ED25519, key, signature, message);
  } catch {
    return false;
  }
}

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the raw key follows. */
const SPKI_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

/** Raw 32 bytes from base64/base64url of the raw key, or from SPKI PEM/DER base64. */
export function decodeKey(text: string): Uint8Array<ArrayBuffer> | undefined {
  const bytes = fromBase64(pemBody(text));
  if (bytes === undefined) return undefined;
  if (bytes.length === 32) return bytes;
  if (bytes.length === 44 && SPKI_PREFIX.every((b, i) => bytes[i] === b)) return bytes.slice(12);
  return undefined;
}

function pemBody(text: string): string {
  return text.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '');
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(b64) || b64.length % 4 === 1) return undefined;
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export function base64url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function pem(label: string, der: Uint8Array): string {
  const body = btoa(String.fromCharCode(...der)).replace(/(.{64})/g, '$1\n').trim();
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
