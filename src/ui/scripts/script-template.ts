/** The text a new script starts with, per extension point, and whether a script is still only that. */
import type { ExtensionPointName } from '../../domain/script.ts';

const TEMPLATES: Readonly<Record<ExtensionPointName, string>> = {
  DiscountCondition: 'extend DiscountCondition\n# True when the promotion may apply.\noutput Order.Subtotal >= 50\n',
  DiscountFinancialDispersion: 'extend DiscountFinancialDispersion\noutput DefaultFinancialDispersion, DefaultProductSetFinancialDispersion\n',
};

/**
 * @example scriptTemplate('DiscountCondition').startsWith('extend DiscountCondition') // true
 */
export const scriptTemplate = (ep: ExtensionPointName): string => TEMPLATES[ep];

/**
 * True when `source` is the template of `ep` untouched (trailing blank space aside), so switching
 * the extension point may replace it without asking: nothing the author wrote is lost.
 * @example isUntouchedTemplate(scriptTemplate('DiscountCondition') + '\n', 'DiscountCondition') // true
 */
export const isUntouchedTemplate = (source: string, ep: ExtensionPointName): boolean => source.trimEnd() === TEMPLATES[ep].trimEnd();
