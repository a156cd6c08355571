import type { Statement } from '../ast.ts';
import { knownBoolean } from './constants.ts';
import type { CheckContext } from './context.ts';

/**
 * `output` ends the script, so statements after it in the same block never run
 * (`unreachable-code`); a branch behind an always-true condition, or under an always-false one,
 * never runs (`unreachable-branch`). Both are warnings.
 */
export function checkUnreachable(ctx: CheckContext): void {
  const block = (statements: readonly Statement[]): void => {
    statements.forEach((s, i) => {
      nested(s);
      if (s.kind === 'OutputStatement' && i === statements.findIndex((x) => x.kind === 'OutputStatement') && i < statements.length - 1) {
        const last = statements[statements.length - 1]!;
        ctx.report('unreachable-code', '`output` ends the script: the statements after it never run', { start: statements[i + 1]!.start, end: last.end }, 'warning');
      }
    });
  };

  const nested = (s: Statement): void => {
    if (s.kind === 'ForeachStatement') block(s.body);
    if (s.kind !== 'IfStatement') return;
    let decided = false;
    for (const b of s.branches) {
      if (decided) {
        ctx.report('unreachable-branch', 'an earlier condition is always true, so this branch never runs', b, 'warning');
        continue;
      }
      const known = knownBoolean(b.condition);
      if (known === false) ctx.report('unreachable-branch', 'this condition is always false, so this branch never runs', b, 'warning');
      if (known === true) decided = true;
      block(b.body);
    }
    if (s.otherwise) {
      if (decided) ctx.report('unreachable-branch', 'an earlier condition is always true, so `else` never runs', s.otherwise, 'warning');
      block(s.otherwise.body);
    }
  };

  block(ctx.program.statements);
}
