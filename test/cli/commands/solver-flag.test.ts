import { beforeAll, describe, expect, it } from 'vitest';
import { command as evaluateCommand } from '../../../src/cli/commands/evaluate.ts';
import { command as explainCommand } from '../../../src/cli/commands/explain.ts';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../../../src/domain/index.ts';
import { ensureWasm } from '../../wasm/ensure-wasm.ts';
import { makeFakeIO } from '../fake-io.ts';

beforeAll(ensureWasm);

// "Buy a suit, get a shirt free" beside a 20 % deal on blue shirts: a level with a real choice.
const bundle = {
  format: BUNDLE_FORMAT, formatVersion: BUNDLE_FORMAT_VERSION, name: 'cli', currency: 'USD', timeZone: 'UTC',
  products: [
    { id: 'SUIT', name: 'Suit', price: '300.00' },
    { id: 'SILK', name: 'Silk shirt', price: '45.00' },
    { id: 'BLUE', name: 'Blue shirt', price: '25.00' },
  ],
  promotions: [
    { id: 'suit', name: 'Suit and a free shirt', rule: {
      kind: 'itemDeal', target: 'cheapestBenefit',
      selection: { qualifying: { kind: 'products', ids: ['SUIT'] }, benefit: { kind: 'products', ids: ['SILK', 'BLUE'] } },
      tiers: [{ threshold: { kind: 'buys', quantity: 1 }, reward: { kind: 'free' } }],
    } },
    { id: 'blue', name: 'Blue shirts 20 % off', rule: {
      kind: 'itemDeal', target: 'allQualifying', selection: { qualifying: { kind: 'products', ids: ['BLUE'] } },
      tiers: [{ threshold: { kind: 'buys', quantity: 1 }, reward: { kind: 'percent', percent: '20' } }],
    } },
  ],
};
const order = { id: 'o-1', at: '2026-05-04T12:00:00Z', lines: [
  { id: 'l1', productId: 'SUIT', quantity: 1, unitPrice: '300.00' },
  { id: 'l2', productId: 'SILK', quantity: 1, unitPrice: '45.00' },
  { id: 'l3', productId: 'BLUE', quantity: 1, unitPrice: '25.00' },
] };
const files = { 'b.json': JSON.stringify(bundle), 'o.json': JSON.stringify(order) };

describe('promo evaluate / explain --solver', () => {
  it.each([
    { args: [], solver: 'wasm' },
    { args: ['--solver', 'wasm'], solver: 'wasm' },
    { args: ['--solver', 'reference'], solver: 'reference' },
  ])('evaluate $args runs and reports the $solver solver, with the same result', async ({ args, solver }) => {
    const io = makeFakeIO(files);
    expect(await evaluateCommand.run(['--bundle', 'b.json', '--order', 'o.json', ...args], io)).toBe(0);
    const result = JSON.parse(io.out.join('\n'));
    expect(result.solver).toBe(solver);
    expect(result.totals.promotionSaving).toBe('50.00');
    expect(io.err).toEqual([]);
  });

  it('explain names the solver on its last line', async () => {
    const io = makeFakeIO(files);
    expect(await explainCommand.run(['--bundle', 'b.json', '--order', 'o.json', '--solver', 'reference'], io)).toBe(0);
    expect(io.out.at(-1)).toBe('solver: TypeScript reference');
    const io2 = makeFakeIO(files);
    expect(await explainCommand.run(['--bundle', 'b.json', '--order', 'o.json'], io2)).toBe(0);
    expect(io2.out.at(-1)).toBe('solver: WASM (solver.wasm)');
  });

  it('rejects an unknown solver with a usage line and exit 2', async () => {
    const io = makeFakeIO(files);
    expect(await evaluateCommand.run(['--bundle', 'b.json', '--order', 'o.json', '--solver', 'fast'], io)).toBe(2);
    expect(io.err.join('\n')).toContain('--solver must be wasm or reference, not "fast"');
    expect(io.out).toEqual([]);
  });
});
