import type { BinaryExpression, Expression, MemberExpression, Statement } from '../ast.ts';
import type { Range } from '../diagnostic.ts';
import { comparable, isNumeric, join, membersOf, T, typeName, type DslType } from '../types.ts';
import type { CheckContext, VariableSymbol } from './context.ts';
import { didYouMean } from './suggest.ts';

/**
 * Infers a static type for every expression (recorded in `ctx.types` for later checks, hover and
 * completion) and reports `unknown-member`, `unknown-custom-field` and `type-mismatch`.
 * Variables take the join of the types assigned so far, in source order; `any` silences checks.
 */
export function checkTypes(ctx: CheckContext): void {
  const varTypes = new Map<VariableSymbol, DslType>();

  const mismatch = (range: Range, message: string): void => ctx.report('type-mismatch', message, range);

  const expectBoolean = (e: Expression, what: string): void => {
    const t = infer(e);
    if (t.kind !== 'boolean' && t.kind !== 'any') mismatch(e, `${what} must be true or false, but this is ${article(t)}`);
  };

  const infer = (e: Expression): DslType => {
    const t = inferUncached(e);
    ctx.types.set(e, t);
    return t;
  };

  const inferUncached = (e: Expression): DslType => {
    switch (e.kind) {
      case 'NumberLiteral': return T.number;
      case 'StringLiteral': return T.string;
      case 'BooleanLiteral': return T.boolean;
      case 'NullLiteral': return T.null;
      case 'MissingExpression': return T.any;
      case 'TemplateLiteral':
        for (const p of e.parts) if (p.kind !== 'TemplateText') infer(p);
        return T.string;
      case 'ParenthesizedExpression': return infer(e.expression);
      case 'Identifier': {
        const s = ctx.references.get(e);
        if (!s) return T.any;
        return s.kind === 'input' ? s.decl.type : (varTypes.get(s) ?? T.any);
      }
      case 'MemberExpression': return member(e);
      case 'UnaryExpression': {
        if (e.operator === 'not') {
          expectBoolean(e.operand, 'the operand of `not`');
          return T.boolean;
        }
        const t = infer(e.operand);
        if (isNumeric(t) || t.kind === 'any') return t;
        mismatch(e.operand, `\`-\` needs a number, but this is ${article(t)}`);
        return T.any;
      }
      case 'HasValueExpression':
        infer(e.operand);
        return T.boolean;
      case 'WhenExpression': {
        let result: DslType = T.null;
        for (const arm of e.arms) {
          expectBoolean(arm.condition, 'a `when` condition');
          result = join(result, infer(arm.value));
        }
        if (e.otherwise) result = join(result, infer(e.otherwise));
        return result;
      }
      case 'BinaryExpression': return binary(e);
    }
  };

  const member = (e: MemberExpression): DslType => {
    const objectType = infer(e.object);
    const name = e.member.name;
    switch (objectType.kind) {
      case 'any': return T.any;
      case 'map': {
        const known = objectType.customFields ? knownFields(objectType.customFields) : undefined;
        if (known && !known.includes(name)) {
          ctx.report('unknown-custom-field', `custom field \`${name}\` is not declared in this workspace${didYouMean(name, known)}`, e.member, 'warning');
        }
        return objectType.value;
      }
      case 'record':
      case 'list': {
        const members = membersOf(objectType);
        const found = members.find((m) => m.name === name);
        if (found) return found.type;
        ctx.report('unknown-member', `${typeName(objectType)} has no member \`${name}\`${didYouMean(name, members.map((m) => m.name))}`, e.member);
        return T.any;
      }
      default:
        ctx.report('unknown-member', `${article(objectType)} has no members (reading \`${name}\`)`, e.member);
        return T.any;
    }
  };

  const knownFields = (owner: 'user' | 'order' | 'line'): readonly string[] | undefined =>
    owner === 'user' ? ctx.env.userCustomFields : owner === 'order' ? ctx.env.orderCustomFields : ctx.env.lineCustomFields;

  const binary = (e: BinaryExpression): DslType => {
    if (e.operator === 'and' || e.operator === 'or') {
      expectBoolean(e.left, `the left side of \`${e.operator}\``);
      expectBoolean(e.right, `the right side of \`${e.operator}\``);
      return T.boolean;
    }
    const l = infer(e.left);
    const r = infer(e.right);
    const any = l.kind === 'any' || r.kind === 'any';
    switch (e.operator) {
      case '+':
      case '-':
      case '*':
      case '/': {
        if (e.operator === '+' && l.kind === 'string' && r.kind === 'string') return T.string;
        if (isNumeric(l) && isNumeric(r)) return arithmeticResult(e.operator, l, r);
        if (any && (isNumeric(l) || isNumeric(r) || (l.kind === 'any' && r.kind === 'any'))) return T.any;
        if (any && e.operator === '+' && (l.kind === 'string' || r.kind === 'string')) return T.string;
        mismatch(e, `cannot apply \`${e.operator}\` to ${article(l)} and ${article(r)}`);
        return T.any;
      }
      case '=':
      case '<>':
        if (!comparable(l, r)) mismatch(e, `cannot compare ${article(l)} with ${article(r)}`);
        return T.boolean;
      case '<':
      case '>':
      case '<=':
      case '>=':
        if (!any && !(isNumeric(l) && isNumeric(r))) mismatch(e, `\`${e.operator}\` compares numbers, not ${article(l)} and ${article(r)}`);
        return T.boolean;
      case 'in':
      case 'not in':
        if (r.kind === 'list') {
          if (!comparable(l, r.element)) mismatch(e, `${article(l)} is never in a ${typeName(r)}`);
        } else if (r.kind !== 'any') {
          mismatch(e.right, `\`${e.operator}\` needs a list on its right, but this is ${article(r)}`);
        }
        return T.boolean;
      case 'contains':
      case 'not contains':
        if (l.kind === 'list') {
          if (!comparable(l.element, r)) mismatch(e, `a ${typeName(l)} never contains ${article(r)}`);
        } else if (l.kind === 'string') {
          if (r.kind !== 'string' && r.kind !== 'any') mismatch(e.right, `a string contains strings, not ${article(r)}`);
        } else if (l.kind !== 'any') {
          mismatch(e.left, `\`${e.operator}\` needs a list or a string on its left, but this is ${article(l)}`);
        }
        return T.boolean;
    }
  };

  const block = (statements: readonly Statement[]): void => {
    for (const s of statements) statement(s);
  };

  const statement = (s: Statement): void => {
    switch (s.kind) {
      case 'ExtendStatement':
        return;
      case 'SetStatement': {
        const t = infer(s.value);
        const v = ctx.references.get(s.name);
        if (v?.kind === 'variable') {
          const before = varTypes.get(v);
          varTypes.set(v, before ? join(before, t) : t);
        }
        return;
      }
      case 'IfStatement':
        for (const b of s.branches) {
          expectBoolean(b.condition, 'an `if` condition');
          block(b.body);
        }
        if (s.otherwise) block(s.otherwise.body);
        return;
      case 'ForeachStatement': {
        const t = infer(s.iterable);
        let element: DslType = T.any;
        if (t.kind === 'list') element = t.element;
        else if (t.kind !== 'any' && t.kind !== 'null') mismatch(s.iterable, `\`foreach\` needs a list, but this is ${article(t)}`);
        const v = ctx.references.get(s.variable);
        if (v?.kind === 'variable') varTypes.set(v, element);
        block(s.body);
        return;
      }
      case 'OutputStatement':
        for (const v of s.values) infer(v);
        return;
    }
  };

  block(ctx.program.statements);
}

function arithmeticResult(op: string, l: DslType, r: DslType): DslType {
  if (l.kind === 'money' && r.kind === 'money') return op === '/' ? T.number : T.money;
  return l.kind === 'money' || r.kind === 'money' ? T.money : T.number;
}

/** "a number", "a list<string>", "nothing" — for messages. */
export function article(t: DslType): string {
  if (t.kind === 'null') return 'nothing';
  if (t.kind === 'any') return 'a value of unknown type';
  const name = typeName(t);
  return /^[aeiou]/i.test(name) ? `an ${name}` : `a ${name}`;
}
