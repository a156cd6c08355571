import type { Expression } from '../ast.ts';
import type { CheckContext } from './context.ts';

/** A value known before running, with the expression that produces it. */
export interface KnownNumber {
  /** Decimal text, with a leading `-` when negative. */
  readonly value: string;
  readonly at: Expression;
}

/**
 * Numeric constants an expression can evaluate to: literals (with unary minus), `when` arms, and
 * every constant `set` of a variable (followed through variables once each). Non-constant
 * possibilities are simply not listed.
 */
export function knownNumbers(ctx: CheckContext, e: Expression, seen: Set<unknown> = new Set()): KnownNumber[] {
  switch (e.kind) {
    case 'NumberLiteral': return [{ value: e.value, at: e }];
    case 'ParenthesizedExpression': return knownNumbers(ctx, e.expression, seen);
    case 'UnaryExpression':
      if (e.operator === '-' && e.operand.kind === 'NumberLiteral') return [{ value: `-${e.operand.value}`, at: e }];
      return [];
    case 'WhenExpression':
      return [...e.arms.flatMap((a) => knownNumbers(ctx, a.value, seen)), ...(e.otherwise ? knownNumbers(ctx, e.otherwise, seen) : [])];
    case 'Identifier': {
      const s = ctx.references.get(e);
      if (s?.kind !== 'variable' || seen.has(s)) return [];
      seen.add(s);
      return s.assignments.flatMap((a) => knownNumbers(ctx, a, seen));
    }
    default:
      return [];
  }
}

/** `true`/`false` when a condition is a constant (literal, parenthesised, negated), else undefined. */
export function knownBoolean(e: Expression): boolean | undefined {
  if (e.kind === 'BooleanLiteral') return e.value;
  if (e.kind === 'ParenthesizedExpression') return knownBoolean(e.expression);
  if (e.kind === 'UnaryExpression' && e.operator === 'not') {
    const inner = knownBoolean(e.operand);
    return inner === undefined ? undefined : !inner;
  }
  return undefined;
}
