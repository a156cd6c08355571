import { describe, expect, it } from 'vitest';
import { importBundle } from '../../src/bundle/import.ts';
import { signedBundleText, alterPrice } from '../support/signature-factories.ts';

describe('an altered signed bundle', () => {
  it.each([
    { what: 'a price changed after signing', alter: alterPrice },
    {
      what: 'one byte of the signature changed',
      alter: (t: string) => t.replace(/("value": ")(.)/, (_m, head: string, c: string) => `${head}${c === 'A' ? 'B' : 'A'}`),
    },
  ])('is refused with signature-invalid, with or without a policy: $what', async ({ alter }) => {
    const { text, key } = await signedBundleText();
    const altered = alter(text);
    expect(altered).not.toBe(text);
    for (const policy of [undefined, { require: true, trustedKeys: [key.publicKey] }]) {
      const r = await importBundle(altered, policy === undefined ? {} : { signature: policy });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.problems).toContainEqual(expect.objectContaining({ code: 'signature-invalid', severity: 'error', path: '$.signature' }));
    }
  });
});
