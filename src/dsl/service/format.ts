import type { Comment, Expression, Statement } from '../ast.ts';
import { parse } from '../parser.ts';

const INDENT = '  ';

/**
 * Canonical layout: one statement per line, 2 spaces per block level, one space around operators,
 * `else if` on one line, keywords as written (they are lowercase by definition), comments kept
 * (own-line or trailing), at most one blank line kept between statements. A script with syntax
 * errors is returned unchanged: formatting never loses text. Idempotent.
 * @example format('if x=1 then\nset y to 2\nend') // 'if x = 1 then\n  set y to 2\nend\n'
 */
export function format(source: string): string {
  const { program, diagnostics } = parse(source);
  if (diagnostics.some((d) => d.severity === 'error')) return source;
  const p = new Printer(source, program.comments);
  p.block(program.statements, 0);
  p.comments(Number.POSITIVE_INFINITY, 0);
  return p.lines.length === 0 ? '' : `${p.lines.join('\n')}\n`;
}

class Printer {
  readonly lines: string[] = [];
  private next = 0;
  /** Source offset of the last printed token: decides trailing comments and blank lines. */
  private lastEnd = 0;
  private atBlockStart = true;

  constructor(
    private readonly source: string,
    private readonly pending: readonly Comment[],
  ) {}

  block(statements: readonly Statement[], depth: number): void {
    this.atBlockStart = true;
    for (const s of statements) this.statement(s, depth);
  }

  /** Prints the comments that start before `limit`. */
  comments(limit: number, depth: number): void {
    while (this.next < this.pending.length && this.pending[this.next]!.start < limit) {
      const c = this.pending[this.next++]!;
      const text = `#${c.text.trimEnd()}`;
      if (this.lines.length > 0 && !this.source.slice(this.lastEnd, c.start).includes('\n')) {
        this.lines[this.lines.length - 1] += ` ${text}`;
      } else {
        this.line(depth, text, c.start);
      }
      this.lastEnd = c.end;
    }
  }

  private line(depth: number, text: string, start: number): void {
    const gap = this.source.slice(this.lastEnd, start);
    if (!this.atBlockStart && this.lines.length > 0 && /\n[ \t]*(\r?\n|\r)/.test(gap.replace(/\r\n/g, '\n'))) this.lines.push('');
    this.atBlockStart = false;
    this.lines.push(INDENT.repeat(depth) + text);
  }

  private statement(s: Statement, depth: number): void {
    this.comments(s.start, depth);
    switch (s.kind) {
      case 'ExtendStatement':
        this.line(depth, `extend ${s.extensionPoint?.name ?? ''}`, s.start);
        break;
      case 'SetStatement':
        this.line(depth, `set ${s.name.name} to ${expr(s.value)}`, s.start);
        break;
      case 'OutputStatement':
        this.line(depth, `output ${s.values.map(expr).join(', ')}`, s.start);
        break;
      case 'ForeachStatement':
        this.line(depth, `foreach ${s.variable.name} in ${expr(s.iterable)}`, s.start);
        this.lastEnd = s.iterable.end;
        this.block(s.body, depth + 1);
        this.closeBlock(s.end - 3, depth);
        break;
      case 'IfStatement':
        s.branches.forEach((b, i) => {
          if (i > 0) this.comments(b.start, depth + 1);
          this.line(depth, `${i === 0 ? '' : 'else '}if ${expr(b.condition)} then`, b.start);
          this.lastEnd = b.condition.end;
          this.block(b.body, depth + 1);
        });
        if (s.otherwise) {
          this.comments(s.otherwise.start, depth + 1);
          this.line(depth, 'else', s.otherwise.start);
          this.lastEnd = s.otherwise.start + 4;
          this.block(s.otherwise.body, depth + 1);
        }
        this.closeBlock(s.end - 3, depth);
        break;
    }
    this.lastEnd = s.end;
  }

  /** Comments inside the block before its `end` stay inside, indented with the body. */
  private closeBlock(endKeyword: number, depth: number): void {
    this.comments(endKeyword, depth + 1);
    this.atBlockStart = true;
    this.line(depth, 'end', endKeyword);
  }
}

/** Prints an expression as parsed: parentheses are nodes, so precedence needs no extra ones. */
export function expr(e: Expression): string {
  switch (e.kind) {
    case 'NumberLiteral': return e.value;
    case 'StringLiteral': return `'${e.value.replace(/'/g, "''")}'`;
    case 'TemplateLiteral':
      return `$'${e.parts
        .map((p) => (p.kind === 'TemplateText' ? p.value.replace(/'/g, "''").replace(/\{/g, '{{').replace(/\}/g, '}}') : `{${expr(p)}}`))
        .join('')}'`;
    case 'BooleanLiteral': return e.value ? 'true' : 'false';
    case 'NullLiteral': return e.spelling;
    case 'Identifier': return e.name;
    case 'MemberExpression': return `${expr(e.object)}.${e.member.name}`;
    case 'UnaryExpression': return e.operator === 'not' ? `not ${expr(e.operand)}` : `-${expr(e.operand)}`;
    case 'BinaryExpression': return `${expr(e.left)} ${e.operator} ${expr(e.right)}`;
    case 'HasValueExpression': return `${expr(e.operand)} has ${e.negated ? 'no ' : ''}value`;
    case 'WhenExpression': {
      const arms = e.arms.map((a) => `when ${expr(a.condition)} then ${expr(a.value)}`).join(' else ');
      return e.otherwise ? `${arms} else then ${expr(e.otherwise)}` : arms;
    }
    case 'ParenthesizedExpression': return `(${expr(e.expression)})`;
    case 'MissingExpression': return '';
  }
}
