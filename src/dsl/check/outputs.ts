import type { OutputStatement } from '../ast.ts';
import { isNumeric } from '../types.ts';
import { walk } from '../walk.ts';
import type { CheckContext } from './context.ts';
import { article } from './types.ts';

/** Every `output` must give the extension point's outputs, in order, with their types. */
export function checkOutputs(ctx: CheckContext): void {
  const ep = ctx.extensionPoint;
  if (!ep) return;
  const outputs: OutputStatement[] = [];
  walk(ctx.program, (n) => {
    if (n.kind === 'OutputStatement') outputs.push(n);
  });
  const names = ep.outputs.map((o) => o.name).join(', ');
  if (outputs.length === 0) {
    const extend = ctx.program.statements.find((s) => s.kind === 'ExtendStatement');
    const at = extend ?? { start: ctx.source.length, end: ctx.source.length };
    ctx.report('missing-output', `the script never outputs; \`${ep.name}\` needs \`output ${names}\``, at);
    return;
  }
  for (const o of outputs) {
    if (o.values.length !== ep.outputs.length) {
      const n = ep.outputs.length;
      ctx.report(
        'output-arity',
        `\`${ep.name}\` outputs ${n} value${n === 1 ? '' : 's'} (${names}), but this outputs ${o.values.length}`,
        o,
      );
    }
    o.values.forEach((value, i) => {
      const decl = ep.outputs[i];
      if (!decl) return;
      const t = ctx.typeOf(value);
      const ok = t.kind === 'any' || (decl.type.kind === 'number' ? isNumeric(t) : t.kind === decl.type.kind);
      if (!ok) ctx.report('output-type', `\`${decl.name}\` must be ${article(decl.type)}, but this is ${article(t)}`, value);
    });
  }
}
