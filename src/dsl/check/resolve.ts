import type { Expression, Identifier, Statement } from '../ast.ts';
import { isKeyword } from '../tokens.ts';
import type { CheckContext, VariableSymbol } from './context.ts';
import { didYouMean } from './suggest.ts';

/**
 * Binds every name to a variable or an extension-point input, in source order.
 * Scoping: `set` names are script-wide from their first `set` on (textually), a foreach variable
 * lives in its loop body and shadows a script variable there; inputs cannot be assigned.
 * Reports `unknown-variable` and `assign-to-input`.
 */
export function resolve(ctx: CheckContext): void {
  const inputs = new Map(ctx.inputs.map((d) => [d.name, d] as const));
  const scriptVars = new Map<string, VariableSymbol>();
  const loops: Map<string, VariableSymbol>[] = [];

  const lookupVariable = (name: string): VariableSymbol | undefined => {
    for (let i = loops.length - 1; i >= 0; i--) {
      const v = loops[i]!.get(name);
      if (v) return v;
    }
    return scriptVars.get(name);
  };

  const visibleNames = (): string[] => [...inputs.keys(), ...scriptVars.keys(), ...loops.flatMap((l) => [...l.keys()])];

  const expression = (e: Expression): void => {
    switch (e.kind) {
      case 'Identifier': {
        const v = lookupVariable(e.name);
        if (v) {
          v.reads.push(e);
          ctx.references.set(e, v);
          return;
        }
        const input = inputs.get(e.name);
        if (input) {
          ctx.references.set(e, { kind: 'input', decl: input });
          return;
        }
        const hint = isKeyword(e.name.toLowerCase()) && !isKeyword(e.name)
          ? `; keywords are lowercase: \`${e.name.toLowerCase()}\``
          : didYouMean(e.name, visibleNames());
        ctx.report('unknown-variable', `unknown name \`${e.name}\`: not a variable set earlier nor an input of the extension point${hint}`, e);
        return;
      }
      case 'MemberExpression': return expression(e.object);
      case 'UnaryExpression': return expression(e.operand);
      case 'BinaryExpression':
        expression(e.left);
        return expression(e.right);
      case 'HasValueExpression': return expression(e.operand);
      case 'ParenthesizedExpression': return expression(e.expression);
      case 'TemplateLiteral':
        for (const p of e.parts) if (p.kind !== 'TemplateText') expression(p);
        return;
      case 'WhenExpression':
        for (const arm of e.arms) {
          expression(arm.condition);
          expression(arm.value);
        }
        if (e.otherwise) expression(e.otherwise);
        return;
      default:
        return;
    }
  };

  const assignInput = (name: Identifier): boolean => {
    if (!inputs.has(name.name)) return false;
    ctx.report('assign-to-input', `\`${name.name}\` is an input of the extension point and cannot be assigned; use another name`, name);
    return true;
  };

  const block = (statements: readonly Statement[]): void => {
    for (const s of statements) statement(s);
  };

  const statement = (s: Statement): void => {
    switch (s.kind) {
      case 'ExtendStatement':
        return;
      case 'SetStatement': {
        expression(s.value);
        if (s.name.name === '' || assignInput(s.name)) return;
        let v = lookupVariable(s.name.name);
        if (!v) {
          v = { kind: 'variable', name: s.name.name, definitions: [], assignments: [], reads: [] };
          scriptVars.set(v.name, v);
          ctx.variables.push(v);
        }
        v.definitions.push(s.name);
        v.assignments.push(s.value);
        ctx.references.set(s.name, v);
        return;
      }
      case 'IfStatement':
        for (const b of s.branches) {
          expression(b.condition);
          block(b.body);
        }
        if (s.otherwise) block(s.otherwise.body);
        return;
      case 'ForeachStatement': {
        expression(s.iterable);
        const scope = new Map<string, VariableSymbol>();
        if (s.variable.name !== '' && !assignInput(s.variable)) {
          const v: VariableSymbol = { kind: 'variable', name: s.variable.name, definitions: [s.variable], assignments: [], reads: [], loop: s };
          scope.set(v.name, v);
          ctx.variables.push(v);
          ctx.references.set(s.variable, v);
        }
        loops.push(scope);
        block(s.body);
        loops.pop();
        return;
      }
      case 'OutputStatement':
        for (const v of s.values) expression(v);
        return;
    }
  };

  block(ctx.program.statements);
}
