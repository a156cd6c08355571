import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { command } from '../../src/cli/commands/validate.ts';
import { makeFakeIO } from './fake-io.ts';

const SAMPLE = new URL('../../public/samples/sample-bundle.json', import.meta.url);

describe('the published sample workspace', () => {
  it('passes promo validate without problems', async () => {
    const io = makeFakeIO({ 'sample.json': readFileSync(SAMPLE, 'utf8') });
    expect(await command.run(['sample.json'], io)).toBe(0);
    expect(io.out).toHaveLength(1);
    expect(io.out[0]).toMatch(/^ok: .+ \(\d+ promotions, revision [0-9a-f]{12}\)$/);
  });
});
