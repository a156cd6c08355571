import { analyze, type ScriptEnv } from '../check/index.ts';
import { EXTENSION_POINT_DECLS, EXTENSION_POINT_NAMES } from '../extension-points.ts';
import { lex } from '../lexer.ts';
import { KEYWORDS } from '../tokens.ts';
import { membersOf, typeName } from '../types.ts';
import { objectBeforeDot } from './node-at.ts';

export type CompletionKind = 'keyword' | 'variable' | 'input' | 'member' | 'customField' | 'extensionPoint';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  /** Short type text, e.g. `money`. */
  readonly detail?: string;
  readonly documentation?: string;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Completions at `offset`: members after `.` (declared members, `Count` on lists, the workspace's
 * custom fields on `…CustomFields.`), extension points after `extend`, otherwise keywords, inputs
 * and the variables visible there. Filtered by the word already typed (case-insensitive prefix).
 * @example complete('extend DiscountCondition\noutput Order.Sub', 46).map((c) => c.label) // ['Subtotal']
 */
export function complete(source: string, offset: number, env: ScriptEnv = {}): CompletionItem[] {
  let wordStart = offset;
  while (wordStart > 0 && WORD_CHAR.test(source[wordStart - 1]!)) wordStart--;
  const prefix = source.slice(wordStart, offset).toLowerCase();
  const keep = (items: CompletionItem[]): CompletionItem[] => items.filter((i) => i.label.toLowerCase().startsWith(prefix));

  const tokens = lex(source).tokens;
  const inside = tokens.find((t) => t.start < offset && offset < t.end + (t.kind === 'comment' ? 1 : 0));
  if (inside && (inside.kind === 'comment' || inside.kind === 'string')) return [];
  if (inside?.kind === 'template' && !inside.parts?.some((p) => p.kind === 'hole' && p.start <= offset && offset <= p.end)) return [];

  const before = [...tokens].reverse().find((t) => t.end <= wordStart && t.kind !== 'comment' && t.kind !== 'eof');
  if (before?.kind === 'keyword' && before.value === 'extend') {
    return keep(EXTENSION_POINT_NAMES.map((n) => ({ label: n, kind: 'extensionPoint', documentation: EXTENSION_POINT_DECLS[n].doc })));
  }

  const analysis = analyze(source, { env });
  const ctx = analysis.context;
  if (source[wordStart - 1] === '.') {
    const object = objectBeforeDot(analysis.program, wordStart - 1);
    if (!object) return [];
    const t = ctx.typeOf(object);
    if (t.kind === 'map') {
      const fields = t.customFields === 'user' ? env.userCustomFields : t.customFields === 'order' ? env.orderCustomFields : env.lineCustomFields;
      return keep((fields ?? []).map((f) => ({ label: f, kind: 'customField', detail: typeName(t.value) })));
    }
    return keep(membersOf(t).map((m) => ({ label: m.name, kind: 'member', detail: typeName(m.type), documentation: m.doc })));
  }

  const items: CompletionItem[] = KEYWORDS.map((k) => ({ label: k, kind: 'keyword' }));
  for (const input of ctx.inputs) items.push({ label: input.name, kind: 'input', detail: typeName(input.type), documentation: input.doc });
  const seen = new Set<string>();
  for (const v of ctx.variables) {
    const def = v.definitions[0];
    if (!def || seen.has(v.name)) continue;
    const visible = v.loop ? v.loop.start < offset && offset <= v.loop.end : def.start < offset;
    if (!visible || (def.start <= offset && offset <= def.end)) continue;
    seen.add(v.name);
    items.push({ label: v.name, kind: 'variable', detail: v.loop ? 'loop variable' : 'variable' });
  }
  return keep(items);
}
