import type { ExtendStatement } from '../ast.ts';
import { EXTENSION_POINT_NAMES } from '../extension-points.ts';
import type { CheckContext } from './context.ts';
import { didYouMean } from './suggest.ts';

/**
 * `extend <ExtensionPoint>` must be the first statement, exactly once, naming a known point —
 * and the one the caller uses the script for, when the caller says.
 */
export function checkExtend(ctx: CheckContext, expected: string | undefined): void {
  const statements = ctx.program.statements;
  const extendLines = statements.filter((s): s is ExtendStatement => s.kind === 'ExtendStatement');
  if (extendLines.length === 0) {
    const first = statements[0];
    const range = first ? { start: first.start, end: first.start } : { start: 0, end: 0 };
    ctx.report('missing-extend', `the script must start with \`extend <ExtensionPoint>\` (${EXTENSION_POINT_NAMES.join(' or ')})`, range);
    return;
  }
  extendLines.forEach((s, i) => {
    if (i > 0) ctx.report('duplicate-extend', 'a script extends one extension point: remove this second `extend`', s);
    else if (statements[0] !== s) ctx.report('misplaced-extend', '`extend` must be the first statement of the script', s);
  });
  const name = extendLines[0]!.extensionPoint;
  if (!name) return;
  if (!(EXTENSION_POINT_NAMES as readonly string[]).includes(name.name)) {
    ctx.report('unknown-extension-point', `unknown extension point \`${name.name}\`${didYouMean(name.name, EXTENSION_POINT_NAMES)}`, name);
  } else if (expected !== undefined && expected !== name.name) {
    ctx.report('extension-point-mismatch', `this script extends \`${name.name}\` but is used as \`${expected}\``, name);
  }
}
