import Decimal from 'decimal.js';
import type { Expression } from '../ast.ts';
import { walk } from '../walk.ts';
import { knownNumbers } from './constants.ts';
import type { CheckContext } from './context.ts';

/**
 * Dispersion outputs are whole numbers in a fixed range (SPEC §8). Every constant that can reach
 * such an output — directly or through a variable's `set` — is checked, and reported where it is
 * written. Inputs like `DefaultFinancialDispersion` are not constants, so passing them on is legal.
 */
export function checkDispersionRange(ctx: CheckContext): void {
  const ep = ctx.extensionPoint;
  if (!ep) return;
  const reported = new Set<Expression>();
  walk(ctx.program, (n) => {
    if (n.kind !== 'OutputStatement') return;
    n.values.forEach((value, i) => {
      const range = ep.outputs[i]?.range;
      if (!range) return;
      for (const k of knownNumbers(ctx, value)) {
        const d = new Decimal(k.value);
        if (d.isInteger() && d.gte(range.min) && d.lte(range.max)) continue;
        if (reported.has(k.at)) continue;
        reported.add(k.at);
        ctx.report(
          'dispersion-out-of-range',
          `\`${ep.outputs[i]!.name}\` must be a whole number from ${range.min} to ${range.max}, but ${k.value} can reach it here`,
          k.at,
        );
      }
    });
  });
}
