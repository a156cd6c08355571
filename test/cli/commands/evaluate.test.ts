import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../../src/cli/command.ts';
import { command as evaluateCommand } from '../../../src/cli/commands/evaluate.ts';
import { command as explainCommand } from '../../../src/cli/commands/explain.ts';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../../../src/domain/index.ts';

const bundle = {
  format: BUNDLE_FORMAT, formatVersion: BUNDLE_FORMAT_VERSION, name: 'cli', currency: 'USD', timeZone: 'UTC',
  promotions: [{ id: 'p1', name: 'Buy 2 get 1 free', rule: {
    kind: 'itemDeal', selection: {}, combination: 'same', target: 'cheapestQualifying',
    tiers: [{ threshold: { kind: 'buys', quantity: 2 }, reward: { kind: 'free' } }],
  } }],
};
const order = { id: 'o-1', at: '2026-05-04T12:00:00Z', lines: [{ id: 'l1', productId: 'A', quantity: 4, unitPrice: '10.00' }] };

function fakeIO(files: Record<string, string>, stdin = ''): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out, err, cwd: '/',
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      const text = files[p];
      if (text === undefined) throw new Error(`cannot read ${p}: no such file`);
      return text;
    },
    readStdin: async () => stdin,
    writeFile: async () => undefined,
  } as CliIO & { out: string[]; err: string[] };
}

const files = { 'b.json': JSON.stringify(bundle), 'o.json': JSON.stringify(order), 'basket.json': JSON.stringify({ id: 'k', name: 'k', order }) };

describe('promo evaluate / explain', () => {
  it('prints the result JSON for an order file', async () => {
    const io = fakeIO(files);
    expect(await evaluateCommand.run(['--bundle', 'b.json', '--order', 'o.json'], io)).toBe(0);
    const result = JSON.parse(io.out.join('\n'));
    expect(result.totals.promotionSaving).toBe('20.00');
    expect(result.promotions[0]).toMatchObject({ promotionId: 'p1', status: 'applied' });
  });

  it('accepts a saved basket and an order on stdin', async () => {
    const io = fakeIO(files);
    expect(await evaluateCommand.run(['--bundle', 'b.json', '--order', 'basket.json'], io)).toBe(0);
    expect(JSON.parse(io.out.join('\n')).totals.net).toBe('20.00');
    const io2 = fakeIO(files, JSON.stringify(order));
    expect(await evaluateCommand.run(['--bundle', 'b.json', '--order', '-'], io2)).toBe(0);
  });

  it('reports order problems with JSON paths and exit 1', async () => {
    const bad = { ...order, lines: [{ id: 'l1', productId: 'A', quantity: 0, unitPrice: 'ten' }] };
    const io = fakeIO({ ...files, 'bad.json': JSON.stringify(bad) });
    expect(await evaluateCommand.run(['--bundle', 'b.json', '--order', 'bad.json'], io)).toBe(1);
    const text = io.out.join('\n');
    expect(text).toContain('$.lines[0].quantity');
    expect(text).toContain('$.lines[0].unitPrice');
  });

  it('rejects missing flags with a usage line and exit 2', async () => {
    const io = fakeIO(files);
    expect(await evaluateCommand.run(['--bundle', 'b.json'], io)).toBe(2);
    expect(io.err.join('\n')).toContain('usage: promo evaluate');
  });

  it('explain prints readable text', async () => {
    const io = fakeIO(files);
    expect(await explainCommand.run(['--bundle', 'b.json', '--order', 'o.json'], io)).toBe(0);
    const text = io.out.join('\n');
    expect(text).toContain('✓ Buy 2 get 1 free [p1]: −20.00');
    expect(text).toContain('to pay 20.00');
  });
});

describe('promo evaluate reads orders through the secure parser', () => {
  it.each([
    ['a __proto__ key', '{"id":"o","__proto__":{"x":1}}', 'json-forbidden-key', '$.__proto__'],
    ['nesting deeper than 64 levels', `{"id":"o","customFields":${'['.repeat(70)}${']'.repeat(70)}}`, 'json-too-deep', '$.customFields'],
    ['text that is not JSON', '{"id": ', 'json-syntax', '$'],
  ])('%s is refused with its code and path, naming the file', async (_name, text, code, path) => {
    const io = fakeIO({ ...files, 'bad.json': text });
    expect(await evaluateCommand.run(['--bundle', 'b.json', '--order', 'bad.json'], io)).toBe(1);
    const line = io.out.join('\n');
    expect(line).toContain(code);
    expect(line).toContain(path);
    expect(line).toContain('bad.json');
  });

  it('an order file over the order limit is refused before it is parsed', async () => {
    const io = fakeIO({ ...files, 'huge.json': `{"id":"o","pad":"${'x'.repeat(6 * 1024 * 1024)}"}` });
    expect(await evaluateCommand.run(['--bundle', 'b.json', '--order', 'huge.json'], io)).toBe(1);
    expect(io.out.join('\n')).toMatch(/json-too-large .*limit for an order or state file/);
  });
});
