import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signedBundleText } from '../support/signature-factories.ts';

// Issue 11: a signed export must validate against the schema the project publishes for its files.
const published = () =>
  z.fromJSONSchema(JSON.parse(readFileSync(new URL('../../public/schema/bundle-v1.schema.json', import.meta.url), 'utf8')) as Parameters<typeof z.fromJSONSchema>[0]);

describe('published bundle JSON Schema and signatures', () => {
  it('accepts a signed export as written', async () => {
    const { text } = await signedBundleText();
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file.signature).toBeDefined();
    expect(published().safeParse(file).error?.issues ?? []).toEqual([]);
  });

  it.each([
    ['another algorithm', (s: Record<string, unknown>) => ({ ...s, algorithm: 'RSA' })],
    ['a member it does not know', (s: Record<string, unknown>) => ({ ...s, keyId: 'k1' })],
    ['a value that is not base64', (s: Record<string, unknown>) => ({ ...s, value: 'not base64!' })],
    ['no public key', ({ publicKey: _k, ...s }: Record<string, unknown>) => s],
  ])('rejects a signature with %s', async (_name, corrupt) => {
    const file = JSON.parse((await signedBundleText()).text) as Record<string, unknown>;
    expect(published().safeParse({ ...file, signature: corrupt(file.signature as Record<string, unknown>) }).success).toBe(false);
  });
});
