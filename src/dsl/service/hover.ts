import { analyze } from '../check/index.ts';
import { extensionPointDecl } from '../extension-points.ts';
import { membersOf, typeName } from '../types.ts';
import { identifierAt } from './node-at.ts';

export interface Hover {
  /** Markdown. */
  readonly contents: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Documentation for the name under the cursor, from the extension-point declaration: inputs,
 * members, custom fields, variables (with their inferred type) and the extension point itself.
 * @example hover('extend DiscountCondition\noutput Order.Total > 1', 39)?.contents // '**Order.Total**: money — Subtotal plus …'
 */
export function hover(source: string, offset: number): Hover | null {
  const analysis = analyze(source);
  const ctx = analysis.context;
  const hit = identifierAt(analysis.program, offset);
  if (!hit) return null;
  const { id, parent } = hit;
  const at = { start: id.start, end: id.end };
  if (parent?.kind === 'ExtendStatement') {
    const ep = extensionPointDecl(id.name);
    if (!ep) return null;
    const inputs = ep.inputs.map((i) => `- \`${i.name}\`: ${typeName(i.type)}`).join('\n');
    const outputs = ep.outputs.map((o) => `- \`${o.name}\`: ${typeName(o.type)} — ${o.doc}`).join('\n');
    return { contents: `**${ep.name}** — ${ep.doc}\n\nInputs:\n${inputs}\n\nOutputs (in order):\n${outputs}`, ...at };
  }
  if (parent?.kind === 'MemberExpression' && parent.member === id) {
    const objectType = ctx.typeOf(parent.object);
    if (objectType.kind === 'map') return { contents: `**${id.name}**: ${typeName(objectType.value)} — custom field (nothing when absent)`, ...at };
    const m = membersOf(objectType).find((x) => x.name === id.name);
    if (!m) return null;
    return { contents: `**${typeName(objectType)}.${m.name}**: ${typeName(m.type)} — ${m.doc}`, ...at };
  }
  const symbol = ctx.references.get(id);
  if (!symbol) return null;
  if (symbol.kind === 'input') return { contents: `**${symbol.decl.name}**: ${typeName(symbol.decl.type)} — ${symbol.decl.doc}`, ...at };
  const t = ctx.types.get(id) ?? (symbol.assignments[0] ? ctx.types.get(symbol.assignments[0]) : undefined);
  const what = symbol.loop ? 'loop variable' : 'variable';
  return { contents: `**${symbol.name}**: ${t ? typeName(t) : 'unknown'} — ${what}`, ...at };
}
