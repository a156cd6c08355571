import { describe, expect, it } from 'vitest';
import { EXTENSION_POINTS } from '../../../src/domain/script.ts';
import { checkScript } from '../../../src/dsl/index.ts';
import { isUntouchedTemplate, scriptTemplate } from '../../../src/ui/scripts/script-template.ts';

describe('script templates', () => {
  it.each(EXTENSION_POINTS)('the %s template checks without errors', (ep) => {
    const diagnostics = checkScript(scriptTemplate(ep), ep).filter((d) => d.severity === 'error');
    expect(diagnostics).toEqual([]);
  });

  it.each([
    ['the template itself', scriptTemplate('DiscountCondition'), 'DiscountCondition', true],
    ['with trailing blank lines', `${scriptTemplate('DiscountCondition')}\n\n`, 'DiscountCondition', true],
    ['another point’s template', scriptTemplate('DiscountFinancialDispersion'), 'DiscountCondition', false],
    ['edited', scriptTemplate('DiscountCondition').replace('50', '60'), 'DiscountCondition', false],
    ['empty', '', 'DiscountCondition', false],
  ] as const)('%s → untouched %s', (_name, source, ep, untouched) => {
    expect(isUntouchedTemplate(source, ep)).toBe(untouched);
  });
});
