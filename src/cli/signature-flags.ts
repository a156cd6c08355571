/**
 * `--require-signature` and `--public-key <file>` (repeatable) for the commands that read a bundle:
 * the consumer's signature policy (src/bundle/signature.ts). The policy, not the bundle, decides:
 * with `--require-signature` an unsigned, altered or untrusted bundle is refused (exit 1).
 */
import type { SignaturePolicy } from '../bundle/signature.ts';
import type { CliIO } from './command.ts';

export const SIGNATURE_OPTIONS = {
  'require-signature': { type: 'boolean' },
  'public-key': { type: 'string', multiple: true },
} as const;

export const SIGNATURE_USAGE = '[--require-signature --public-key <key.pem> …]';

export interface SignatureFlags {
  readonly 'require-signature'?: boolean | undefined;
  readonly 'public-key'?: readonly string[] | undefined;
}

/**
 * The policy from the flags, or a failure: `{ usage }` (exit 2) or `{ error }` (exit 1, a key file
 * cannot be read). Key files hold an Ed25519 public key as SPKI PEM or as base64 of its 32 bytes.
 * @example const p = await signaturePolicy(values, io); if ('usage' in p) …
 */
export async function signaturePolicy(
  flags: SignatureFlags,
  io: CliIO,
): Promise<{ readonly policy: SignaturePolicy } | { readonly usage: string } | { readonly error: string }> {
  const files = flags['public-key'] ?? [];
  const require = flags['require-signature'] === true;
  if (require && files.length === 0) return { usage: '--require-signature needs at least one --public-key <file> to trust' };
  const trustedKeys: string[] = [];
  for (const file of files) {
    try {
      trustedKeys.push(await io.readFile(file));
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }
  return { policy: { require, trustedKeys } };
}
