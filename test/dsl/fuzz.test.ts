import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/dsl/check/index.ts';
import { lex } from '../../src/dsl/lexer.ts';
import { parse } from '../../src/dsl/parser.ts';
import { KEYWORDS } from '../../src/dsl/tokens.ts';
import { runs } from '../support/fc-runs.ts';

const PIECES = [
  ...KEYWORDS, 'value', 'no', 'Order', 'User', 'Discount', 'Lines', 'CustomFields', 'x', 'l',
  'DefaultFinancialDispersion', 'extend DiscountCondition', 'extend DiscountFinancialDispersion',
  '=', '<>', '<', '>', '<=', '>=', '+', '-', '*', '/', '(', ')', ',', '.', '\n', '\n', ' ', '#', "'", "''", "$'", '{', '}',
  '0', '10', '10.5', '@', '!', '😀', '\r\n',
];
const soup = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join(' '));
const glued = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

describe('random token soup never throws', () => {
  it('from the lexer, parser or checker, and diagnostics stay inside the source', () => {
    fc.assert(
      fc.property(fc.oneof(soup, glued), (src) => {
        const tokens = lex(src).tokens;
        expect(tokens[tokens.length - 1]!.kind).toBe('eof');
        const parsed = parse(src);
        expect(parsed.program.kind).toBe('Program');
        for (const d of analyze(src).diagnostics) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeGreaterThanOrEqual(d.start);
          expect(d.end).toBeLessThanOrEqual(src.length);
        }
      }),
      runs(1500),
    );
  });
});
