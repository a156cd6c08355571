import { describe, expect, it } from 'vitest';
import { EXIT_INTERNAL, runCli } from '../../src/cli/main.ts';
import { bundleText } from '../support/bundle-factories.ts';
import { makeFakeIO } from './fake-io.ts';

describe('promo dispatcher', () => {
  it('help lists the commands found in the commands folder with their summaries', async () => {
    const io = makeFakeIO();
    expect(await runCli(['help'], io)).toBe(0);
    expect(io.out).toContainEqual(expect.stringMatching(/^ {2}validate +check a bundle file/));
    expect(io.out).toContainEqual(expect.stringMatching(/^ {2}export +check a bundle against a target profile/));
  });

  it('help <command> prints its usage', async () => {
    const io = makeFakeIO();
    expect(await runCli(['help', 'validate'], io)).toBe(0);
    expect(io.out).toContain('usage: promo validate <bundle.json | -> [--require-signature --public-key <key.pem> …]');
  });

  it('no command prints help to stderr with exit 2', async () => {
    const io = makeFakeIO();
    expect(await runCli([], io)).toBe(2);
    expect(io.err[0]).toBe('usage: promo <command> [args]');
  });

  it.each([['frobnicate'], ['../main'], ['help', 'nope']])('unknown command %j: one line, exit 2', async (...argv) => {
    const io = makeFakeIO();
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(/^promo: unknown command '.*' \(run 'promo help' for the list\)$/);
  });

  it('dispatches to the named command', async () => {
    const io = makeFakeIO({ 'b.json': await bundleText() });
    expect(await runCli(['validate', 'b.json'], io)).toBe(0);
    expect(io.out[0]).toMatch(/^ok: Corner Shop/);
  });

  it('turns an unexpected exception into one "internal error" line, exit 70, no stack', async () => {
    const io = makeFakeIO({ 'b.json': await bundleText() });
    const broken = { ...io, stdout: () => { throw new Error('stdout closed'); } };
    expect(await runCli(['validate', 'b.json'], broken)).toBe(EXIT_INTERNAL);
    expect(io.err).toEqual(['internal error: stdout closed']);
  });
});
