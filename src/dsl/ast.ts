/**
 * The script syntax tree: readonly interfaces told apart by `kind`, each with `[start, end)`
 * offsets into the source. The parser always produces a Program, even for broken text.
 */

export interface Identifier {
  readonly kind: 'Identifier';
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export interface Comment {
  readonly kind: 'Comment';
  /** Text after `#`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// ── Statements ──────────────────────────────────────────────────────────────

export interface ExtendStatement {
  readonly kind: 'ExtendStatement';
  /** Null when the name is missing (already reported). */
  readonly extensionPoint: Identifier | null;
  readonly start: number;
  readonly end: number;
}

export interface SetStatement {
  readonly kind: 'SetStatement';
  readonly name: Identifier;
  readonly value: Expression;
  readonly start: number;
  readonly end: number;
}

/** `if c then …` or a chained `else if c then …`; `start` is the `if` (or its `else`). */
export interface IfBranch {
  readonly kind: 'IfBranch';
  readonly condition: Expression;
  readonly body: readonly Statement[];
  readonly start: number;
  readonly end: number;
}

export interface ElseBlock {
  readonly kind: 'ElseBlock';
  readonly body: readonly Statement[];
  /** The `else` keyword. */
  readonly start: number;
  readonly end: number;
}

export interface IfStatement {
  readonly kind: 'IfStatement';
  /** At least one: the `if` then every `else if`. */
  readonly branches: readonly IfBranch[];
  readonly otherwise: ElseBlock | null;
  readonly start: number;
  readonly end: number;
}

export interface ForeachStatement {
  readonly kind: 'ForeachStatement';
  readonly variable: Identifier;
  readonly iterable: Expression;
  readonly body: readonly Statement[];
  readonly start: number;
  readonly end: number;
}

export interface OutputStatement {
  readonly kind: 'OutputStatement';
  readonly values: readonly Expression[];
  readonly start: number;
  readonly end: number;
}

export type Statement = ExtendStatement | SetStatement | IfStatement | ForeachStatement | OutputStatement;

export interface Program {
  readonly kind: 'Program';
  readonly statements: readonly Statement[];
  readonly comments: readonly Comment[];
  readonly start: number;
  readonly end: number;
}

// ── Expressions ─────────────────────────────────────────────────────────────

export interface NumberLiteral {
  readonly kind: 'NumberLiteral';
  /** The decimal text as written (`10`, `10.0`): never a binary float. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface StringLiteral {
  readonly kind: 'StringLiteral';
  /** Decoded value (`''` already turned into `'`). */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface TemplateText {
  readonly kind: 'TemplateText';
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** `$'Total {Order.Total}'`: text and expression holes in order. */
export interface TemplateLiteral {
  readonly kind: 'TemplateLiteral';
  readonly parts: readonly (TemplateText | Expression)[];
  readonly start: number;
  readonly end: number;
}

export interface BooleanLiteral {
  readonly kind: 'BooleanLiteral';
  readonly value: boolean;
  readonly start: number;
  readonly end: number;
}

/** `null` or `nothing`: the same value, spelled either way. */
export interface NullLiteral {
  readonly kind: 'NullLiteral';
  readonly spelling: 'null' | 'nothing';
  readonly start: number;
  readonly end: number;
}

export interface MemberExpression {
  readonly kind: 'MemberExpression';
  readonly object: Expression;
  readonly member: Identifier;
  readonly start: number;
  readonly end: number;
}

export interface UnaryExpression {
  readonly kind: 'UnaryExpression';
  readonly operator: '-' | 'not';
  readonly operand: Expression;
  readonly start: number;
  readonly end: number;
}

export type ArithmeticOperator = '+' | '-' | '*' | '/';
export type ComparisonOperator = '=' | '<>' | '<' | '>' | '<=' | '>=' | 'in' | 'not in' | 'contains' | 'not contains';
export type LogicalOperator = 'and' | 'or';
export type BinaryOperator = ArithmeticOperator | ComparisonOperator | LogicalOperator;

export interface BinaryExpression {
  readonly kind: 'BinaryExpression';
  readonly operator: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
  readonly start: number;
  readonly end: number;
}

/** `x has value` / `x has no value`. */
export interface HasValueExpression {
  readonly kind: 'HasValueExpression';
  readonly operand: Expression;
  readonly negated: boolean;
  readonly start: number;
  readonly end: number;
}

export interface WhenArm {
  readonly kind: 'WhenArm';
  readonly condition: Expression;
  readonly value: Expression;
  readonly start: number;
  readonly end: number;
}

/** `when A then x else when B then y else then z`; without `else then`, no match gives nothing. */
export interface WhenExpression {
  readonly kind: 'WhenExpression';
  readonly arms: readonly WhenArm[];
  readonly otherwise: Expression | null;
  readonly start: number;
  readonly end: number;
}

export interface ParenthesizedExpression {
  readonly kind: 'ParenthesizedExpression';
  readonly expression: Expression;
  readonly start: number;
  readonly end: number;
}

/** Stands where an expression was expected but missing; the parser already reported it. */
export interface MissingExpression {
  readonly kind: 'MissingExpression';
  readonly start: number;
  readonly end: number;
}

export type Expression =
  | NumberLiteral
  | StringLiteral
  | TemplateLiteral
  | BooleanLiteral
  | NullLiteral
  | Identifier
  | MemberExpression
  | UnaryExpression
  | BinaryExpression
  | HasValueExpression
  | WhenExpression
  | ParenthesizedExpression
  | MissingExpression;

export type Node = Program | Statement | IfBranch | ElseBlock | WhenArm | Expression | TemplateText | Comment;
