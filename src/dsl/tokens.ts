/**
 * Tokens of the script language. Every token carries half-open offsets `[start, end)` into the
 * source; line/column are computed only when shown (see `location.ts`).
 */
export type TokenKind =
  | 'identifier'
  | 'keyword'
  | 'number'
  | 'string'
  | 'template'
  | 'operator'
  | 'newline'
  | 'comment'
  /** A character the language does not know; already reported by the lexer. */
  | 'error'
  | 'eof';

/**
 * Keywords are lowercase and case-sensitive, as in the source product's samples, so members and
 * inputs can be PascalCase (`Order.Total`) and `If` is an ordinary identifier. `no` and `value`
 * (of `has value` / `has no value`) stay contextual so they remain usable as variable names.
 */
export const KEYWORDS = [
  'extend', 'set', 'to', 'if', 'then', 'else', 'end', 'foreach', 'in', 'output',
  'when', 'and', 'or', 'not', 'contains', 'has', 'true', 'false', 'null', 'nothing',
] as const;
export type Keyword = (typeof KEYWORDS)[number];
const KEYWORD_SET: ReadonlySet<string> = new Set(KEYWORDS);
export const isKeyword = (word: string): word is Keyword => KEYWORD_SET.has(word);

export const OPERATORS = ['<>', '<=', '>=', '=', '<', '>', '+', '-', '*', '/', '(', ')', ',', '.'] as const;
export type Operator = (typeof OPERATORS)[number];

/** One piece of an interpolated string: literal text, or a hole whose offsets exclude the braces. */
export type TemplatePart =
  | { readonly kind: 'text'; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: 'hole'; readonly start: number; readonly end: number };

export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** Identifier/keyword/operator spelling, number text, or a string's decoded value. */
  readonly value: string;
  /** Only on `template` tokens. */
  readonly parts?: readonly TemplatePart[];
}
