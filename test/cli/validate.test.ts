import { describe, expect, it } from 'vitest';
import { command } from '../../src/cli/commands/validate.ts';
import { bundleText, makeBundle } from '../support/bundle-factories.ts';
import { makeFakeIO } from './fake-io.ts';

describe('promo validate', () => {
  it('prints ok with name, promotion count and revision prefix', async () => {
    const text = await bundleText();
    const io = makeFakeIO({ 'b.json': text });
    expect(await command.run(['b.json'], io)).toBe(0);
    const revision = (JSON.parse(text) as { revision: string }).revision;
    expect(io.out).toEqual([`ok: Corner Shop (6 promotions, revision ${revision.slice(0, 12)})`]);
    expect(io.err).toEqual([]);
  });

  it('reads stdin for -', async () => {
    const io = makeFakeIO({}, await bundleText());
    expect(await command.run(['-'], io)).toBe(0);
  });

  it('prints warnings after ok', async () => {
    const io = makeFakeIO({ 'b.json': JSON.stringify(makeBundle()) });
    expect(await command.run(['b.json'], io)).toBe(0);
    expect(io.out).toEqual([
      'ok: Corner Shop (6 promotions, no revision)',
      '$.revision revision-missing warning: the bundle has no revision; export it to stamp one',
    ]);
  });

  it('prints every problem as "<path> <code> <message>" and exits 1', async () => {
    const b = makeBundle({ currency: 'XYZ', timeZone: 'Nowhere/Land' });
    const io = makeFakeIO({ 'b.json': await bundleText(b) });
    expect(await command.run(['b.json'], io)).toBe(1);
    expect(io.out).toEqual([
      expect.stringMatching(/^\$\.currency currency-unknown currency "XYZ" is not supported/),
      '$.timeZone time-zone-unknown "Nowhere/Land" is not an IANA time zone such as "America/New_York"',
    ]);
  });

  it.each([
    [[], /expected one bundle file/],
    [['a.json', 'b.json'], /expected one bundle file/],
    [['--strict', 'a.json'], /Unknown option '--strict'/],
  ])('is a usage error (exit 2) for args %j', async (args, message) => {
    const io = makeFakeIO();
    expect(await command.run(args, io)).toBe(2);
    expect(io.err[0]).toMatch(message);
    expect(io.err[1]).toBe(`usage: ${command.usage}`);
  });

  it('reports an unreadable file in one line on stderr', async () => {
    const io = makeFakeIO();
    expect(await command.run(['missing.json'], io)).toBe(1);
    expect(io.err).toEqual(['promo validate: cannot read missing.json: no such file']);
    expect(io.out).toEqual([]);
  });
});
