import type { z } from 'zod';
import type { ScriptSchema } from '../../src/domain/script.ts';

type ScriptInput = z.input<typeof ScriptSchema>;

/** The SPEC §9 sample, verbatim: it must parse, check and run (the `else` + `if` lines continue one chain closed by one `end`). */
export const QA_DISPERSION_SOURCE = `extend DiscountFinancialDispersion
set financialDispersion to DefaultProductSetFinancialDispersion
set productDispersion to DefaultFinancialDispersion
set customFieldValue to User.CustomFields.QA_DiscountFinancialDispersion
if customFieldValue = '0' then
set financialDispersion to 0
set productDispersion to 0
else
if customFieldValue = '1' then
set financialDispersion to 1
set productDispersion to 1
else
if customFieldValue = '4' then
set financialDispersion to 4
set productDispersion to 3
end
output financialDispersion, productDispersion
`;

export const BIG_BASKET_SOURCE = `extend DiscountCondition
# Big baskets only: the gross subtotal reaches $50.
output Order.Subtotal >= 50
`;

export const SAMPLE_SCRIPTS: readonly ScriptInput[] = [
  {
    id: 'qa-dispersion',
    name: 'QA dispersion by customer field',
    extensionPoint: 'DiscountFinancialDispersion',
    source: QA_DISPERSION_SOURCE,
    description: "Books savings according to the customer's QA_DiscountFinancialDispersion field ('0', '1' or '4'); the SPEC §9 sample.",
  },
  {
    id: 'big-basket',
    name: 'Big basket',
    extensionPoint: 'DiscountCondition',
    source: BIG_BASKET_SOURCE,
    description: 'True when the order subtotal is $50 or more.',
  },
];
