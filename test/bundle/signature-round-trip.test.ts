import { describe, expect, it } from 'vitest';
import { importBundle } from '../../src/bundle/import.ts';
import { exportPrivateKeyPem, importSigningKey, publicKeyPem } from '../../src/bundle/signature.ts';
import { signedBundleText } from '../support/signature-factories.ts';

describe('signed export → import', () => {
  it('a bundle signed on export imports under a policy that requires the signer, with the same content', async () => {
    const { text, key } = await signedBundleText();
    const signed = JSON.parse(text) as { signature: { algorithm: string; publicKey: string; value: string } };
    expect(signed.signature.algorithm).toBe('Ed25519');
    expect(signed.signature.publicKey).toBe(key.publicKey);
    const r = await importBundle(text, { signature: { require: true, trustedKeys: [key.publicKey] } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.name).toBe('Corner Shop');
    expect(r.problems?.map((p) => [p.code, p.severity])).toContainEqual(['signature-verified', 'info']);
  });

  it('keys survive PEM: a private key exported and imported again signs what its SPKI public key verifies', async () => {
    const { key } = await signedBundleText();
    const again = await importSigningKey(await exportPrivateKeyPem(key));
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.value.publicKey).toBe(key.publicKey);
    const { text } = await signedBundleText(again.value);
    const r = await importBundle(text, { signature: { require: true, trustedKeys: [publicKeyPem(key.publicKey)] } });
    expect(r.ok).toBe(true);
  });
});
