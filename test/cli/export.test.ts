import { describe, expect, it } from 'vitest';
import { command } from '../../src/cli/commands/export.ts';
import { importBundle } from '../../src/bundle/import.ts';
import { bundleText, makeBundle } from '../support/bundle-factories.ts';
import { makeFakeIO } from './fake-io.ts';

describe('promo export', () => {
  it('writes the full profile to stdout with a fresh revision that re-imports cleanly', async () => {
    const io = makeFakeIO({ 'b.json': JSON.stringify(makeBundle()) });
    expect(await command.run(['--profile', 'full', 'b.json'], io)).toBe(0);
    const back = await importBundle(io.out.join('\n'));
    expect(back).toMatchObject({ ok: true });
    expect(back.problems).toBeUndefined();
  });

  it('writes to --out and says so', async () => {
    const io = makeFakeIO({ 'b.json': await bundleText() });
    expect(await command.run(['--profile=full', 'b.json', '--out', 'out.json'], io)).toBe(0);
    expect(io.out).toEqual(['wrote out.json (full, 6 promotions)']);
    expect(io.files.get('out.json')).toMatch(/^\{\n {2}"format": "promo-workbench.bundle",\n {2}"formatVersion": 1,\n {2}"revision": "[0-9a-f]{64}"/);
  });

  it('lists violations naming promotion and feature on stderr and exits 1', async () => {
    const io = makeFakeIO({ 'b.json': await bundleText() });
    expect(await command.run(['--profile', 'staticOnly', 'b.json'], io)).toBe(1);
    expect(io.out).toEqual([]);
    expect(io.err[0]).toBe(
      "$.promotions[1].rule.tiers profile-unsupported-feature promotion p-b2g1 'Buy 2 get 1 soda' uses tiers (2), which staticOnly targets cannot run",
    );
    expect(io.err.at(-1)).toBe('7 promotion features cannot be exported as staticOnly');
  });

  it('checks mirrored ids for the --target system', async () => {
    const b = makeBundle();
    b.promotions = b.promotions.map((p) => ({ ...p, externalIds: { erp: `E-${p.id}` } }));
    const text = await bundleText(b);
    expect(await command.run(['--profile', 'mirrored', '--target', 'erp', 'b.json'], makeFakeIO({ 'b.json': text }))).toBe(0);
    const io = makeFakeIO({ 'b.json': text });
    expect(await command.run(['--profile', 'mirrored', 'b.json'], io)).toBe(1);
    expect(io.err[0]).toMatch(/^\$\.promotions\[0\]\.externalIds profile-missing-external-id .*'pos'/);
  });

  it('refuses an invalid bundle with its problems', async () => {
    const io = makeFakeIO({ 'b.json': (await bundleText()).replace('"5.00"', '"6.00"') });
    expect(await command.run(['--profile', 'full', 'b.json'], io)).toBe(1);
    expect(io.err).toEqual([expect.stringMatching(/^\$\.revision revision-mismatch /)]);
  });

  it.each([
    [['b.json'], /--profile is required/],
    [['--profile', 'cloud', 'b.json'], /unknown profile 'cloud'/],
    [['--profile', 'full'], /expected one bundle file/],
  ])('is a usage error (exit 2) for args %j', async (args, message) => {
    const io = makeFakeIO();
    expect(await command.run(args, io)).toBe(2);
    expect(io.err[0]).toMatch(message);
  });
});
