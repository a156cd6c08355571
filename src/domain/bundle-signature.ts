import { z } from 'zod';
import type { DeepReadonly } from './readonly.ts';

/** The one signature algorithm a bundle may carry (src/bundle/signature.ts signs and verifies). */
export const SIGNATURE_ALGORITHM = 'Ed25519';

// Base64 or base64url, padded or not: what the verifier decodes. Lengths are checked there, where a
// wrong one gets its own message (`signature-malformed`).
const base64Text = z.string().regex(/^[A-Za-z0-9+/_-]+={0,2}$/, 'expected base64 or base64url text');

/**
 * The `signature` member of a signed bundle file. It is part of the file format, not of the
 * bundle's meaning: the importer checks it against the consumer's policy and strips it before the
 * rest of the pipeline sees the bundle.
 */
export const BundleSignatureSchema = z.strictObject({
  algorithm: z.literal(SIGNATURE_ALGORITHM),
  /** The raw 32-byte public key of who claims to have signed (trust comes from the consumer's policy). */
  publicKey: base64Text,
  /** The 64-byte signature over the canonical JSON of the bundle without this member. */
  value: base64Text,
});

export type BundleSignature = DeepReadonly<z.output<typeof BundleSignatureSchema>>;
