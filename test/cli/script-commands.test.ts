import { describe, expect, it } from 'vitest';
import { command as checkScript } from '../../src/cli/commands/check-script.ts';
import { command as runScript } from '../../src/cli/commands/run-script.ts';
import { makeFakeIO } from './fake-io.ts';

const SAMPLE = [
  'extend DiscountFinancialDispersion',
  'set financialDispersion to DefaultProductSetFinancialDispersion',
  'set productDispersion to DefaultFinancialDispersion',
  'set customFieldValue to User.CustomFields.QA_DiscountFinancialDispersion',
  "if customFieldValue = '4' then",
  'set financialDispersion to 4',
  'set productDispersion to 3',
  'end',
  'output financialDispersion, productDispersion',
].join('\n');

// Line 3 names a variable that does not exist: the diagnostic must point at line 3, column 16 (after "output big and ").
const BROKEN = ['extend DiscountCondition', 'set big to Order.Subtotal >= 50', 'output big and missingFlag'].join('\n');

describe('promo check-script', () => {
  it('prints ok and exits 0 for a clean script', async () => {
    const io = makeFakeIO({ 's.promo': SAMPLE });
    expect(await checkScript.run(['s.promo'], io)).toBe(0);
    expect(io.out).toEqual(['s.promo: ok']);
  });

  it('prints file:line:col code message and exits 1 on an error', async () => {
    const io = makeFakeIO({ 'b.promo': BROKEN });
    expect(await checkScript.run(['b.promo'], io)).toBe(1);
    expect(io.out).toHaveLength(1);
    expect(io.out[0]).toMatch(/^b\.promo:3:16 unknown-variable /);
  });

  it.each([
    [[], 2],
    [['a', 'b'], 2],
    [['missing.promo'], 1],
  ])('rejects %j with exit %i and no stack trace', async (args, code) => {
    const io = makeFakeIO({});
    expect(await checkScript.run(args, io)).toBe(code);
    expect(io.err.join('\n')).not.toMatch(/\n\s+at /);
  });
});

describe('promo run-script', () => {
  it.each([
    ['4', { financialDispersion: 4, productDispersion: 3 }],
    ['x', { financialDispersion: 1, productDispersion: 0 }],
  ])('runs the SPEC sample with custom field %s', async (value, outputs) => {
    const context = {
      DefaultFinancialDispersion: 0,
      DefaultProductSetFinancialDispersion: 1,
      User: { CustomFields: { QA_DiscountFinancialDispersion: value } },
    };
    const io = makeFakeIO({ 's.promo': SAMPLE, 'c.json': JSON.stringify(context) });
    expect(await runScript.run(['s.promo', '--context', 'c.json'], io)).toBe(0);
    expect(JSON.parse(io.out.join('\n'))).toEqual(outputs);
  });

  it('reports a runtime error at its line and exits 1', async () => {
    const io = makeFakeIO({ 'd.promo': 'extend DiscountCondition\nset x to 1 / 0\noutput x = 1', 'c.json': '{}' });
    expect(await runScript.run(['d.promo', '--context', 'c.json'], io)).toBe(1);
    expect([...io.out, ...io.err].join('\n')).toMatch(/d\.promo:2:\d+ division-by-zero/);
  });

  it('rejects a context that is not JSON with a one-line reason', async () => {
    const io = makeFakeIO({ 's.promo': SAMPLE, 'c.json': '{not json' });
    expect(await runScript.run(['s.promo', '--context', 'c.json'], io)).not.toBe(0);
    expect(io.err).toHaveLength(1);
  });
});
