import { exportBundle } from '../../src/bundle/export.ts';
import { generateSigningKey, type SigningKey } from '../../src/bundle/signature.ts';
import { BundleSchema } from '../../src/domain/bundle.ts';
import { makeBundle } from './bundle-factories.ts';

/** The small factory bundle exported (full profile) and signed with `key` (a fresh key by default). */
export async function signedBundleText(key?: SigningKey): Promise<{ readonly text: string; readonly key: SigningKey }> {
  const k = key ?? (await generateSigningKey());
  const r = await exportBundle(BundleSchema.parse(makeBundle()), 'full', undefined, k);
  if (!r.ok) throw new Error('the factory bundle does not export');
  return { text: r.value, key: k };
}

/** The same text with one character of the content changed (a price), signature and revision untouched. */
export function alterPrice(text: string): string {
  const altered = text.replace('"price": "1.50"', '"price": "1.49"');
  if (altered === text) throw new Error('the factory bundle has no soda price to alter');
  return altered;
}
