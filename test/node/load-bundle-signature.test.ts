import { describe, expect, it } from 'vitest';
import { generateSigningKey, publicKeyPem } from '../../src/bundle/signature.ts';
import { loadBundle } from '../../src/node/index.ts';
import { bundleText } from '../support/bundle-factories.ts';
import { alterPrice, signedBundleText } from '../support/signature-factories.ts';

/** The library applies the caller's signature policy; the bundle cannot talk its way past it. */
describe('loadBundle with a signature policy', () => {
  it.each([
    { what: 'signed by the trusted key loads', file: 'signed', ok: true, code: undefined },
    { what: 'unsigned is refused', file: 'unsigned', ok: false, code: 'signature-missing' },
    { what: 'altered after signing is refused', file: 'altered', ok: false, code: 'signature-invalid' },
    { what: 'signed by another key is refused', file: 'other', ok: false, code: 'signature-untrusted' },
  ] as const)('$what', async ({ file, ok, code }) => {
    const { text, key } = await signedBundleText();
    const texts = { signed: text, unsigned: await bundleText(), altered: alterPrice(text), other: (await signedBundleText(await generateSigningKey())).text };
    const r = await loadBundle(texts[file], { solver: 'reference', signature: { require: true, trustedKeys: [publicKeyPem(key.publicKey)] } });
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toContain(code);
  });
});
