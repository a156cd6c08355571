import { describe, expect, it } from 'vitest';
import { checkScript, parseScript, runScript } from '../../src/dsl/index.ts';
import { runDispersionScript } from '../../src/dsl/engine-bridge.ts';
import { dispersionContext, SPEC_SAMPLE } from '../support/dsl-factories.ts';

describe('SPEC §9 sample script', () => {
  it('parses and checks with zero diagnostics', () => {
    expect(parseScript(SPEC_SAMPLE).diagnostics).toEqual([]);
    expect(checkScript(SPEC_SAMPLE)).toEqual([]);
    expect(checkScript(SPEC_SAMPLE, 'DiscountFinancialDispersion')).toEqual([]);
  });

  // Defaults in the context: DefaultFinancialDispersion 2, DefaultProductSetFinancialDispersion 1;
  // the script sets financial ← DefaultProductSetFinancialDispersion, product ← DefaultFinancialDispersion.
  it.each([
    [{ QA_DiscountFinancialDispersion: '0' }, 0, 0],
    [{ QA_DiscountFinancialDispersion: '1' }, 1, 1],
    [{ QA_DiscountFinancialDispersion: '4' }, 4, 3],
    [{ QA_DiscountFinancialDispersion: '2' }, 1, 2],
    [{}, 1, 2],
  ])('custom fields %j → (%i, %i)', (fields, financial, product) => {
    const inputs = dispersionContext(fields, { financial: 2, product: 1 });
    expect(runScript(SPEC_SAMPLE, inputs)).toMatchObject({ ok: true, outputs: [{ decimal: String(financial) }, { decimal: String(product) }] });
    expect(runDispersionScript(SPEC_SAMPLE, inputs)).toEqual({ ok: true, financial, product });
  });
});
