import { describe, expect, it } from 'vitest';
import { importBundle } from '../../src/bundle/import.ts';
import { generateSigningKey, signBundle } from '../../src/bundle/signature.ts';
import { bundleText } from '../support/bundle-factories.ts';
import { signedBundleText } from '../support/signature-factories.ts';

/** The policy decides: what the bundle says about itself never lowers the bar. */
describe('signature policy', () => {
  it('requiring signatures refuses an unsigned bundle (signature-missing)', async () => {
    const trusted = await generateSigningKey();
    const r = await importBundle(await bundleText(), { signature: { require: true, trustedKeys: [trusted.publicKey] } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual(expect.objectContaining({ code: 'signature-missing', path: '$.signature' }));
  });

  it('without a requirement an unsigned bundle imports as before', async () => {
    const r = await importBundle(await bundleText());
    expect(r.ok).toBe(true);
  });

  it('requiring signatures refuses a bundle validly signed by a key that is not trusted, whatever key it embeds', async () => {
    const { text } = await signedBundleText();
    const trusted = await generateSigningKey();
    const r = await importBundle(text, { signature: { require: true, trustedKeys: [trusted.publicKey] } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual(expect.objectContaining({ code: 'signature-untrusted', severity: 'error' }));
  });

  it('without a requirement an untrusted but intact signature is a warning', async () => {
    const { text } = await signedBundleText();
    const r = await importBundle(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.problems).toContainEqual(expect.objectContaining({ code: 'signature-untrusted', severity: 'warning' }));
  });

  it('a bundle re-signed by an attacker after altering it is refused: only the trusted key counts', async () => {
    const { text, key } = await signedBundleText();
    const attacker = await generateSigningKey();
    const tampered = JSON.parse(text.replace('"price": "1.50"', '"price": "0.01"')) as object;
    const resigned = JSON.stringify(await signBundle(tampered, attacker));
    const r = await importBundle(resigned, { signature: { require: true, trustedKeys: [key.publicKey] } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toContain('signature-untrusted');
  });

  it.each([
    { what: 'a signature that is not an object', signature: 'trust me' },
    { what: 'another algorithm', signature: { algorithm: 'none', publicKey: 'x', value: 'y' } },
    { what: 'a claim of being verified', signature: { algorithm: 'Ed25519', verified: true } },
  ])('requiring signatures refuses $what (signature-malformed)', async ({ signature }) => {
    const value = { ...(JSON.parse(await bundleText()) as object), signature };
    const trusted = await generateSigningKey();
    const r = await importBundle(JSON.stringify(value), { signature: { require: true, trustedKeys: [trusted.publicKey] } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual(expect.objectContaining({ code: 'signature-malformed', path: '$.signature' }));
  });
});
