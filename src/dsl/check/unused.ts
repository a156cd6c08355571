import type { CheckContext } from './context.ts';

/** A variable that is set (or a loop variable that is bound) but never read: a warning. */
export function checkUnused(ctx: CheckContext): void {
  for (const v of ctx.variables) {
    if (v.reads.length > 0) continue;
    const first = v.definitions[0];
    if (!first) continue;
    const what = v.loop ? 'loop variable' : 'variable';
    ctx.report('unused-variable', `${what} \`${v.name}\` is never read`, first, 'warning');
  }
}
