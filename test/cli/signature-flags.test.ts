import { describe, expect, it } from 'vitest';
import { exportPrivateKeyPem, generateSigningKey, publicKeyPem } from '../../src/bundle/signature.ts';
import { runCli } from '../../src/cli/main.ts';
import { bundleText } from '../support/bundle-factories.ts';
import { alterPrice, signedBundleText } from '../support/signature-factories.ts';
import { makeFakeIO as fakeIO } from './fake-io.ts';

/** The CLI's exit codes under a signature policy: the flags decide, not the bundle. */
describe('promo --require-signature --public-key', () => {
  const cases = async () => {
    const signer = await generateSigningKey();
    const other = await generateSigningKey();
    const { text } = await signedBundleText(signer);
    return { signer, other, signed: text, altered: alterPrice(text), unsigned: await bundleText() };
  };

  it.each([
    { what: 'signed by the trusted key → 0', file: 'signed', key: 'signer', require: true, code: 0, out: /^ok: Corner Shop/ },
    { what: 'unsigned, signatures required → 1', file: 'unsigned', key: 'signer', require: true, code: 1, out: /^\$\.signature signature-missing / },
    { what: 'altered after signing → 1', file: 'altered', key: 'signer', require: true, code: 1, out: /^\$\.signature signature-invalid /m },
    { what: 'signed by another key → 1', file: 'signed', key: 'other', require: true, code: 1, out: /^\$\.signature signature-untrusted /m },
    { what: 'unsigned, no requirement → 0', file: 'unsigned', key: undefined, require: false, code: 0, out: /^ok: Corner Shop/ },
    { what: 'required without a key → 2 (usage)', file: 'signed', key: undefined, require: true, code: 2, err: /needs at least one --public-key/ },
  ] as const)('validate: $what', async (c) => {
    const x = await cases();
    const files: Record<string, string> = { 'bundle.json': x[c.file] };
    const args = ['validate', 'bundle.json'];
    if (c.require) args.push('--require-signature');
    if (c.key !== undefined) {
      files['key.pem'] = publicKeyPem(x[c.key].publicKey);
      args.push('--public-key', 'key.pem');
    }
    const io = fakeIO(files);
    expect(await runCli(args, io)).toBe(c.code);
    if ('out' in c && c.out) expect(io.out.join('\n')).toMatch(c.out);
    if ('err' in c && c.err) expect(io.err.join('\n')).toMatch(c.err);
  });

  it('evaluate refuses an unsigned bundle under the policy (exit 1) and evaluates a signed one (exit 0)', async () => {
    const x = await cases();
    const order = JSON.stringify({ id: 'o-1', at: '2026-03-11T11:00:00-04:00', lines: [{ id: 'l1', productId: 'soda', quantity: 3, unitPrice: '1.50' }] });
    for (const [file, code] of [['signed', 0], ['unsigned', 1]] as const) {
      const io = fakeIO({ 'bundle.json': x[file], 'order.json': order, 'key.pem': publicKeyPem(x.signer.publicKey) });
      const args = ['evaluate', '--bundle', 'bundle.json', '--order', 'order.json', '--solver', 'reference', '--require-signature', '--public-key', 'key.pem'];
      expect(await runCli(args, io), `${file}: ${io.out.join('\n')}${io.err.join('\n')}`).toBe(code);
    }
  });

  it('export --sign-key writes a bundle that validates under a policy trusting that key', async () => {
    const key = await generateSigningKey();
    const io = fakeIO({ 'bundle.json': await bundleText(), 'private.pem': await exportPrivateKeyPem(key), 'key.pem': publicKeyPem(key.publicKey) });
    expect(await runCli(['export', '--profile', 'full', 'bundle.json', '--sign-key', 'private.pem'], io)).toBe(0);
    const check = fakeIO({ 'signed.json': io.out.join('\n'), 'key.pem': publicKeyPem(key.publicKey) });
    expect(await runCli(['validate', 'signed.json', '--require-signature', '--public-key', 'key.pem'], check)).toBe(0);
  });
});
