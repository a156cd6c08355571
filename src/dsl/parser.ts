import type {
  BinaryOperator, Comment, ElseBlock, Expression, ForeachStatement, Identifier, IfBranch, IfStatement,
  MissingExpression, OutputStatement, Program, SetStatement, Statement, TemplateLiteral, TemplateText, WhenArm,
  ExtendStatement,
} from './ast.ts';
import { diagnostic, type Diagnostic, type Range } from './diagnostic.ts';
import type { DiagnosticCode } from './diagnostic-codes.ts';
import { lex } from './lexer.ts';
import { isKeyword, type Token } from './tokens.ts';
import { LIMITS } from '../domain/limits.ts';
import { tooDeep } from './nesting.ts';

export interface ParseResult {
  readonly program: Program;
  /** Lexer and parser diagnostics, in source order. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Deeper nesting than this is reported instead of risking the call stack. */
const MAX_DEPTH = 150;

/**
 * Parses a script. Never throws and always returns a Program: every syntax error is reported and
 * the parser resynchronises at the next line (or the `end`/`else` of the enclosing block).
 * @example parse('extend DiscountCondition\noutput true').program.statements.length // 2
 */
export function parse(source: string): ParseResult {
  const lexed = lex(source);
  const diagnostics: Diagnostic[] = [...lexed.diagnostics];
  const comments: Comment[] = [];
  for (const t of lexed.tokens) {
    if (t.kind === 'comment') comments.push({ kind: 'Comment', text: t.value, start: t.start, end: t.end });
  }
  const parser = new Parser(source, lexed.tokens, diagnostics);
  const statements = parser.parseProgram();
  const program: Program = { kind: 'Program', statements, comments, start: 0, end: source.length };
  // Operator chains are parsed by loops but make trees as tall as they are long; the checker and
  // interpreter walk trees recursively, so a tree taller than the limit is refused here.
  const deep = tooDeep(program);
  if (deep !== undefined) diagnostics.push(deep);
  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  return { program, diagnostics };
}

const COMPARISON_OPERATORS: ReadonlySet<string> = new Set(['=', '<>', '<', '>', '<=', '>=']);

class Parser {
  private readonly tokens: readonly Token[];
  private pos = 0;
  /** End offset of the last consumed token that was not a line end. */
  private prevEnd: number;
  /** After an error, further errors of the same statement are suppressed until resynchronising. */
  private recovering = false;
  private depth = 0;
  /** How many `if`/`foreach` bodies enclose the current statement. */
  private blockDepth = 0;

  constructor(
    private readonly source: string,
    tokens: readonly Token[],
    private readonly diagnostics: Diagnostic[],
  ) {
    // Comments and bad characters were collected/reported already; the grammar never sees them.
    this.tokens = tokens.filter((t) => t.kind !== 'comment' && t.kind !== 'error');
    this.prevEnd = this.tokens[0]?.start ?? 0;
  }

  // ── Statements ────────────────────────────────────────────────────────────

  /**
   * Program : LineEnd* ( Statement LineEnd+ )* EOF
   */
  parseProgram(): Statement[] {
    const statements: Statement[] = [];
    for (;;) {
      this.skipLineEnds();
      const t = this.peek();
      if (t.kind === 'eof') return statements;
      if (this.isKeywordToken(t, 'end') || this.isKeywordToken(t, 'else')) {
        this.recovering = false;
        this.error('unexpected-token', `\`${t.value}\` without a matching \`if\`${t.value === 'end' ? ' or `foreach`' : ''}`, t);
        this.advance();
        this.endStatement();
        continue;
      }
      const s = this.parseStatement();
      if (s) statements.push(s);
      this.endStatement();
    }
  }

  /**
   * Block : ( LineEnd | Statement LineEnd )*   — up to `end`, `else` or EOF, which it leaves.
   */
  private parseBlock(): Statement[] {
    const statements: Statement[] = [];
    this.blockDepth++;
    for (;;) {
      this.skipLineEnds();
      const t = this.peek();
      if (t.kind === 'eof' || this.isKeywordToken(t, 'end') || this.isKeywordToken(t, 'else')) break;
      const s = this.parseStatement();
      if (s) statements.push(s);
      this.endStatement();
    }
    this.blockDepth--;
    return statements;
  }

  /**
   * Statement :
   *   - ExtendStatement
   *   - SetStatement
   *   - IfStatement
   *   - ForeachStatement
   *   - OutputStatement
   */
  private parseStatement(): Statement | null {
    this.recovering = false;
    const t = this.peek();
    if (t.kind === 'keyword') {
      switch (t.value) {
        case 'extend': return this.parseExtend();
        case 'set': return this.parseSet();
        case 'if':
        case 'foreach':
          if (this.blockDepth >= LIMITS.scriptNesting) return this.skipTooDeep(t);
          return t.value === 'if' ? this.parseIf() : this.parseForeach();
        case 'output': return this.parseOutput();
      }
    }
    this.error('unexpected-token', this.statementHint(t), t);
    this.advance();
    return null;
  }

  private statementHint(t: Token): string {
    if (t.kind === 'identifier' && isKeyword(t.value.toLowerCase())) {
      return `unknown statement \`${t.value}\`: keywords are lowercase, write \`${t.value.toLowerCase()}\``;
    }
    const next = this.peekAt(1);
    if (t.kind === 'identifier' && (next.value === '=' || next.value === 'to')) {
      return `expected a statement; to assign write \`set ${t.value} to …\``;
    }
    return `expected a statement (\`set\`, \`if\`, \`foreach\`, \`output\`), found ${describe(t)}`;
  }

  /**
   * ExtendStatement : extend Identifier
   */
  private parseExtend(): ExtendStatement {
    const start = this.advance().start;
    const extensionPoint = this.parseIdentifier('after `extend`');
    return { kind: 'ExtendStatement', extensionPoint, start, end: this.prevEnd };
  }

  /**
   * SetStatement : set Identifier to Expression
   */
  private parseSet(): SetStatement {
    const start = this.advance().start;
    const name = this.parseIdentifier('after `set`') ?? this.placeholderName();
    this.expectKeyword('to', 'after the variable name');
    const value = this.parseExpression();
    return { kind: 'SetStatement', name, value, start, end: this.prevEnd };
  }

  /**
   * IfStatement : if Expression then LineEnd Block ElseClause? end
   *
   * ElseClause :
   *   - else LineEnd* if Expression then LineEnd Block ElseClause?
   *   - else LineEnd Block
   *
   * An `else` whose next word is `if` — on the same line or on a following line, as in the
   * source product's sample — continues the chain, and one `end` closes the whole chain. A
   * nested `if` as the first statement of an `else` block is therefore not expressible; write
   * `else if` (same meaning) or put another statement first.
   */
  private parseIf(): IfStatement {
    const ifToken = this.advance();
    const branches: IfBranch[] = [this.parseBranch(ifToken.start)];
    let otherwise: ElseBlock | null = null;
    while (this.atKeyword('else')) {
      const elseToken = this.advance();
      if (otherwise !== null) {
        this.report('unexpected-token', 'this `if` already has an `else`', elseToken);
        this.parseBlock();
        continue;
      }
      const save = this.pos;
      this.skipLineEnds();
      if (this.atKeyword('if')) {
        this.advance();
        branches.push(this.parseBranch(elseToken.start));
        continue;
      }
      this.pos = save;
      this.endHeader('else');
      const body = this.parseBlock();
      otherwise = { kind: 'ElseBlock', body, start: elseToken.start, end: this.prevEnd };
    }
    this.expectEnd(ifToken);
    return { kind: 'IfStatement', branches, otherwise, start: ifToken.start, end: this.prevEnd };
  }

  /** The part of an if-branch after `if`: Expression then LineEnd Block. */
  private parseBranch(start: number): IfBranch {
    const condition = this.parseExpression();
    this.expectKeyword('then', 'after the condition');
    this.endHeader('then');
    const body = this.parseBlock();
    return { kind: 'IfBranch', condition, body, start, end: this.prevEnd };
  }

  /**
   * ForeachStatement : foreach Identifier in Expression LineEnd Block end
   */
  private parseForeach(): ForeachStatement {
    const foreachToken = this.advance();
    const variable = this.parseIdentifier('after `foreach`') ?? this.placeholderName();
    this.expectKeyword('in', 'after the loop variable');
    const iterable = this.parseExpression();
    this.endHeader('the list');
    const body = this.parseBlock();
    this.expectEnd(foreachToken);
    return { kind: 'ForeachStatement', variable, iterable, body, start: foreachToken.start, end: this.prevEnd };
  }

  /**
   * OutputStatement : output Expression ( , Expression )*
   */
  private parseOutput(): OutputStatement {
    const start = this.advance().start;
    const values = [this.parseExpression()];
    while (this.atOperator(',')) {
      this.advance();
      values.push(this.parseExpression());
    }
    return { kind: 'OutputStatement', values, start, end: this.prevEnd };
  }

  // ── Expressions ───────────────────────────────────────────────────────────

  /**
   * Expression :
   *   - WhenExpression
   *   - OrExpression
   */
  parseExpression(): Expression {
    return this.nested(() => (this.atKeyword('when') ? this.parseWhen() : this.parseOr()));
  }

  /**
   * WhenExpression :
   *   when OrExpression then OrExpression ( else when OrExpression then OrExpression )* ( else then Expression )?
   */
  private parseWhen(): Expression {
    const start = this.advance().start;
    const arms: WhenArm[] = [];
    let armStart = start;
    let otherwise: Expression | null = null;
    for (;;) {
      const condition = this.parseOr();
      this.expectKeyword('then', 'after the `when` condition');
      const value = this.parseOr();
      arms.push({ kind: 'WhenArm', condition, value, start: armStart, end: this.prevEnd });
      if (!this.atKeyword('else')) break;
      const next = this.peekAt(1);
      if (this.isKeywordToken(next, 'when')) {
        armStart = this.advance().start;
        this.advance();
        continue;
      }
      if (this.isKeywordToken(next, 'then')) {
        this.advance();
        this.advance();
        otherwise = this.parseExpression();
        break;
      }
      this.advance();
      this.error('expected-token', `expected \`when\` or \`then\` after \`else\`, found ${describe(next)}`, next);
      break;
    }
    return { kind: 'WhenExpression', arms, otherwise, start, end: this.prevEnd };
  }

  /**
   * OrExpression : AndExpression ( or AndExpression )*
   */
  private parseOr(): Expression {
    let left = this.parseAnd();
    while (this.atKeyword('or')) {
      this.advance();
      left = this.binary('or', left, this.parseAnd());
    }
    return left;
  }

  /**
   * AndExpression : NotExpression ( and NotExpression )*
   */
  private parseAnd(): Expression {
    let left = this.parseNot();
    while (this.atKeyword('and')) {
      this.advance();
      left = this.binary('and', left, this.parseNot());
    }
    return left;
  }

  /**
   * NotExpression :
   *   - not NotExpression
   *   - ComparisonExpression
   */
  private parseNot(): Expression {
    if (!this.atKeyword('not')) return this.parseComparison();
    const start = this.advance().start;
    const operand = this.nested(() => this.parseNot());
    return { kind: 'UnaryExpression', operator: 'not', operand, start, end: this.prevEnd };
  }

  /**
   * ComparisonExpression :
   *   - AdditiveExpression
   *   - AdditiveExpression ComparisonOperator AdditiveExpression
   *   - AdditiveExpression has value
   *   - AdditiveExpression has no value
   *
   * ComparisonOperator : one of `=` `<>` `<` `>` `<=` `>=` `in` `not in` `contains` `not contains`
   *
   * Comparisons do not chain: `a = b = c` is a syntax error.
   */
  private parseComparison(): Expression {
    const left = this.parseAdditive();
    const t = this.peek();
    let operator: BinaryOperator | null = null;
    if (t.kind === 'operator' && COMPARISON_OPERATORS.has(t.value)) {
      operator = t.value as BinaryOperator;
      this.advance();
    } else if (this.isKeywordToken(t, 'in') || this.isKeywordToken(t, 'contains')) {
      operator = t.value as BinaryOperator;
      this.advance();
    } else if (this.isKeywordToken(t, 'not')) {
      const next = this.peekAt(1);
      if (this.isKeywordToken(next, 'in') || this.isKeywordToken(next, 'contains')) {
        operator = `not ${next.value}` as BinaryOperator;
        this.advance();
        this.advance();
      }
    } else if (this.isKeywordToken(t, 'has')) {
      this.advance();
      let negated = false;
      if (this.peek().kind === 'identifier' && this.peek().value === 'no') {
        negated = true;
        this.advance();
      }
      const v = this.peek();
      if (v.kind === 'identifier' && v.value === 'value') this.advance();
      else this.error('expected-token', `expected \`value\` after \`has${negated ? ' no' : ''}\`, found ${describe(v)}`, v);
      return { kind: 'HasValueExpression', operand: left, negated, start: left.start, end: this.prevEnd };
    }
    if (operator === null) return left;
    return this.binary(operator, left, this.parseAdditive());
  }

  /**
   * AdditiveExpression : MultiplicativeExpression ( ( `+` | `-` ) MultiplicativeExpression )*
   */
  private parseAdditive(): Expression {
    let left = this.parseMultiplicative();
    while (this.atOperator('+') || this.atOperator('-')) {
      const op = this.advance().value as '+' | '-';
      left = this.binary(op, left, this.parseMultiplicative());
    }
    return left;
  }

  /**
   * MultiplicativeExpression : UnaryExpression ( ( `*` | `/` ) UnaryExpression )*
   */
  private parseMultiplicative(): Expression {
    let left = this.parseUnary();
    while (this.atOperator('*') || this.atOperator('/')) {
      const op = this.advance().value as '*' | '/';
      left = this.binary(op, left, this.parseUnary());
    }
    return left;
  }

  /**
   * UnaryExpression :
   *   - `-` UnaryExpression
   *   - MemberExpression
   */
  private parseUnary(): Expression {
    if (!this.atOperator('-')) return this.parseMember();
    const start = this.advance().start;
    const operand = this.nested(() => this.parseUnary());
    return { kind: 'UnaryExpression', operator: '-', operand, start, end: this.prevEnd };
  }

  /**
   * MemberExpression : PrimaryExpression ( `.` Identifier )*
   */
  private parseMember(): Expression {
    let object = this.parsePrimary();
    while (this.atOperator('.')) {
      this.advance();
      const member = this.parseIdentifier('after `.`');
      if (!member) break;
      object = { kind: 'MemberExpression', object, member, start: object.start, end: member.end };
    }
    return object;
  }

  /**
   * PrimaryExpression :
   *   - Number | String | InterpolatedString
   *   - true | false | null | nothing
   *   - Identifier
   *   - `(` Expression `)`
   */
  private parsePrimary(): Expression {
    const t = this.peek();
    switch (t.kind) {
      case 'number':
        this.advance();
        return { kind: 'NumberLiteral', value: t.value, start: t.start, end: t.end };
      case 'string':
        this.advance();
        return { kind: 'StringLiteral', value: t.value, start: t.start, end: t.end };
      case 'template':
        this.advance();
        return this.parseTemplate(t);
      case 'identifier':
        this.advance();
        return { kind: 'Identifier', name: t.value, start: t.start, end: t.end };
      case 'keyword':
        if (t.value === 'true' || t.value === 'false') {
          this.advance();
          return { kind: 'BooleanLiteral', value: t.value === 'true', start: t.start, end: t.end };
        }
        if (t.value === 'null' || t.value === 'nothing') {
          this.advance();
          return { kind: 'NullLiteral', spelling: t.value, start: t.start, end: t.end };
        }
        break;
      case 'operator':
        if (t.value === '(') {
          this.advance();
          const expression = this.parseExpression();
          if (this.atOperator(')')) this.advance();
          else this.error('expected-token', `expected \`)\` to close the \`(\`, found ${describe(this.peek())}`, this.peek());
          return { kind: 'ParenthesizedExpression', expression, start: t.start, end: this.prevEnd };
        }
        break;
      default:
        break;
    }
    this.error('expected-expression', `expected a value, found ${describe(t)}`, t);
    return this.missing(t);
  }

  /**
   * InterpolatedString : `$'` ( Text | `{` Expression `}` )* `'`
   *
   * The lexer keeps each hole as a range; it is lexed and parsed here with its real offsets.
   */
  private parseTemplate(t: Token): TemplateLiteral {
    const parts: (TemplateText | Expression)[] = [];
    for (const part of t.parts ?? []) {
      if (part.kind === 'text') {
        parts.push({ kind: 'TemplateText', value: part.value, start: part.start, end: part.end });
        continue;
      }
      const sub = lex(this.source, part.start, part.end);
      this.diagnostics.push(...sub.diagnostics);
      const inner = new Parser(this.source, sub.tokens, this.diagnostics);
      inner.depth = this.depth;
      const expression = inner.parseExpression();
      const rest = inner.peek();
      if (rest.kind !== 'eof') inner.error('unexpected-token', `expected \`}\` to end the interpolation, found ${describe(rest)}`, rest);
      parts.push(expression);
    }
    return { kind: 'TemplateLiteral', parts, start: t.start, end: t.end };
  }

  // ── Helpers ───────────────────────────────────────────────────────────────

  private binary(operator: BinaryOperator, left: Expression, right: Expression): Expression {
    return { kind: 'BinaryExpression', operator, left, right, start: left.start, end: right.end };
  }

  private nested(parse: () => Expression): Expression {
    if (this.depth >= MAX_DEPTH) {
      const t = this.peek();
      this.error('nesting-too-deep', `expressions nest deeper than ${MAX_DEPTH} levels`, t);
      return this.missing(t);
    }
    this.depth++;
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private missing(t: Token): MissingExpression {
    return { kind: 'MissingExpression', start: t.start, end: t.start };
  }

  private placeholderName(): Identifier {
    const at = this.peek().start;
    return { kind: 'Identifier', name: '', start: at, end: at };
  }

  private parseIdentifier(context: string): Identifier | null {
    const t = this.peek();
    if (t.kind === 'identifier') {
      this.advance();
      return { kind: 'Identifier', name: t.value, start: t.start, end: t.end };
    }
    const why = t.kind === 'keyword' ? ` (\`${t.value}\` is a keyword)` : '';
    this.error('expected-token', `expected a name ${context}, found ${describe(t)}${why}`, t);
    return null;
  }

  private expectKeyword(keyword: string, context: string): void {
    if (this.atKeyword(keyword)) {
      this.advance();
      return;
    }
    const t = this.peek();
    this.error('expected-token', `expected \`${keyword}\` ${context}, found ${describe(t)}`, t);
  }

  /** After `then`, `else` or a foreach header the line must end; the block starts on the next line. */
  private endHeader(after: string): void {
    const t = this.peek();
    if (t.kind !== 'newline' && t.kind !== 'eof') {
      if (this.recovering) this.skipToLineEnd(false);
      else this.error('expected-token', `expected a new line after ${after === 'the list' ? after : `\`${after}\``}, found ${describe(t)}`, t);
    }
    this.recovering = false;
  }

  private expectEnd(opener: Token): void {
    if (this.atKeyword('end')) {
      this.advance();
      return;
    }
    // Reported at the opener: that is where the author has to look.
    this.report('unclosed-block', `this \`${opener.value}\` has no matching \`end\``, opener);
  }

  /** A statement must be followed by a line end; junk is reported once and skipped. */
  private endStatement(): void {
    const t = this.peek();
    if (t.kind !== 'newline' && t.kind !== 'eof') {
      const inBlock = this.blockDepth > 0;
      const closesBlock = inBlock && (this.isKeywordToken(t, 'end') || this.isKeywordToken(t, 'else'));
      this.error('unexpected-token', `expected the end of the line, found ${describe(t)}`, t);
      if (!closesBlock) this.skipToLineEnd(inBlock);
    }
    this.recovering = false;
  }

  /**
   * An `if`/`foreach` nested deeper than `LIMITS.scriptNesting`: reported once, then skipped with
   * its whole body up to its matching `end` by counting openers and `end`s — a loop, not recursion,
   * so thousands of nested blocks cannot exhaust the stack. `else if` continues a chain (no `end`).
   */
  private skipTooDeep(opener: Token): null {
    this.report('nesting-too-deep', `blocks nest deeper than ${LIMITS.scriptNesting} levels (\`if\` and \`foreach\` inside each other)`, opener);
    let open = 0;
    let previous: Token | undefined;
    for (;;) {
      const t = this.peek();
      if (t.kind === 'eof') return null;
      this.advance();
      if (t.kind === 'keyword') {
        if (t.value === 'foreach' || (t.value === 'if' && !(previous !== undefined && this.isKeywordToken(previous, 'else')))) open++;
        else if (t.value === 'end' && --open === 0) return null;
      }
      if (t.kind !== 'newline') previous = t;
    }
  }

  private skipToLineEnd(stopAtBlockEnd: boolean): void {
    for (;;) {
      const t = this.peek();
      if (t.kind === 'newline' || t.kind === 'eof') return;
      if (stopAtBlockEnd && (this.isKeywordToken(t, 'end') || this.isKeywordToken(t, 'else'))) return;
      this.advance();
    }
  }

  private skipLineEnds(): void {
    while (this.tokens[this.pos]!.kind === 'newline') this.pos++;
  }

  private peek(): Token {
    return this.tokens[this.pos]!;
  }

  private peekAt(n: number): Token {
    return this.tokens[Math.min(this.pos + n, this.tokens.length - 1)]!;
  }

  private advance(): Token {
    const t = this.tokens[this.pos]!;
    if (t.kind !== 'eof') this.pos++;
    if (t.kind !== 'newline' && t.kind !== 'eof') this.prevEnd = t.end;
    return t;
  }

  private atKeyword(keyword: string): boolean {
    return this.isKeywordToken(this.peek(), keyword);
  }

  private isKeywordToken(t: Token, keyword: string): boolean {
    return t.kind === 'keyword' && t.value === keyword;
  }

  private atOperator(op: string): boolean {
    const t = this.peek();
    return t.kind === 'operator' && t.value === op;
  }

  /** Reports unless this statement already has an error (avoids cascades). */
  private error(code: DiagnosticCode, message: string, t: Token): void {
    if (this.recovering) return;
    this.report(code, message, t);
    this.recovering = true;
  }

  private report(code: DiagnosticCode, message: string, t: Token): void {
    this.diagnostics.push(diagnostic(code, message, rangeOf(t)));
  }
}

/** Line ends and the end of the script are reported as an empty range where they start. */
function rangeOf(t: Token): Range {
  return t.kind === 'newline' || t.kind === 'eof' ? { start: t.start, end: t.start } : { start: t.start, end: t.end };
}

function describe(t: Token): string {
  switch (t.kind) {
    case 'newline': return 'the end of the line';
    case 'eof': return 'the end of the script';
    case 'string': return 'a string';
    case 'template': return 'an interpolated string';
    case 'number': return `the number ${t.value}`;
    case 'identifier': return `the name \`${t.value}\``;
    default: return `\`${t.value}\``;
  }
}
