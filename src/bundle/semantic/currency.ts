import { currencyExponent, KNOWN_CURRENCIES } from '../../domain/money.ts';
import type { SemanticContext } from './context.ts';

/** The bundle currency must be one whose minor unit the workbench knows. */
export function currency(ctx: SemanticContext): void {
  if (currencyExponent(ctx.bundle.currency) === undefined) {
    ctx.report(
      'currency-unknown',
      `currency "${ctx.bundle.currency}" is not supported; use one of ${KNOWN_CURRENCIES.join(', ')}`,
      ['currency'],
    );
  }
}
