import type { Expression } from '../../src/dsl/ast.ts';

/** SPEC §9's sample script, verbatim (the one copy the sample workspace ships). */
export { QA_DISPERSION_SOURCE as SPEC_SAMPLE } from '../../scripts/sample/library-scripts.ts';

/** Joins lines with `\n`. */
export const lines = (...ls: string[]): string => ls.join('\n');

/**
 * The range of the `nth` (0-based) occurrence of `needle` in `source`, so expected ranges in
 * tables are written as text, not as counted offsets.
 */
export function rangeOf(source: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = source.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times`);
  }
  return { start: at, end: at + needle.length };
}

/** Empty range where `needle` starts (line ends, the end of the script). */
export function pointAt(source: string, needle: string, nth = 0): { start: number; end: number } {
  const r = rangeOf(source, needle, nth);
  return { start: r.start, end: r.start };
}

/** Inputs for `DiscountFinancialDispersion` with the given customer custom fields. */
export function dispersionContext(customFields: Record<string, string> = {}, defaults = { financial: 0, product: 1 }): Record<string, unknown> {
  return {
    DefaultFinancialDispersion: defaults.financial,
    DefaultProductSetFinancialDispersion: defaults.product,
    Discount: { Id: 'p1', Name: 'Promo', Trigger: 'automatic', Reward: 'free', Priority: 1 },
    Order: {
      Id: 'o1',
      Subtotal: '56.00',
      Total: '56.00',
      Lines: [
        { Id: 'l1', ProductId: 'A', Quantity: 2, UnitPrice: '12.00', Category: 'mugs' },
        { Id: 'l2', ProductId: 'B', Quantity: 1, UnitPrice: '32.00', Category: 'pans' },
      ],
      Type: 'carryOut',
      Properties: ['web'],
    },
    User: { Id: 'c1', Segments: ['vip'], CustomFields: customFields },
  };
}

/** Lisp-like rendering of an expression tree, so precedence tables stay readable. */
export function sexpr(e: Expression): string {
  switch (e.kind) {
    case 'NumberLiteral': return e.value;
    case 'StringLiteral': return `'${e.value}'`;
    case 'TemplateLiteral': return `(tpl ${e.parts.map((p) => (p.kind === 'TemplateText' ? JSON.stringify(p.value) : sexpr(p))).join(' ')})`;
    case 'BooleanLiteral': return String(e.value);
    case 'NullLiteral': return e.spelling;
    case 'Identifier': return e.name;
    case 'MemberExpression': return `${sexpr(e.object)}.${e.member.name}`;
    case 'UnaryExpression': return `(${e.operator} ${sexpr(e.operand)})`;
    case 'BinaryExpression': return `(${e.operator} ${sexpr(e.left)} ${sexpr(e.right)})`;
    case 'HasValueExpression': return `(${e.negated ? 'has-no-value' : 'has-value'} ${sexpr(e.operand)})`;
    case 'WhenExpression':
      return `(when ${e.arms.map((a) => `[${sexpr(a.condition)} ${sexpr(a.value)}]`).join(' ')}${e.otherwise ? ` [else ${sexpr(e.otherwise)}]` : ''})`;
    case 'ParenthesizedExpression': return `(paren ${sexpr(e.expression)})`;
    case 'MissingExpression': return '?';
  }
}
