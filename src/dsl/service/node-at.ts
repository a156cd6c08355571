import type { Expression, Identifier, Node } from '../ast.ts';
import { walk } from '../walk.ts';

/** The identifier under the cursor (its end counts, so `Order|` finds `Order`) and its parent. */
export function identifierAt(root: Node, offset: number): { id: Identifier; parent: Node | null } | null {
  let found: { id: Identifier; parent: Node | null } | null = null;
  walk(root, (n, parent) => {
    if (n.start > offset || n.end < offset) return n.kind === 'Program' ? undefined : false;
    if (n.kind === 'Identifier' && n.name !== '') found = { id: n, parent };
    return undefined;
  });
  return found;
}

/** The value expression that ends right before a `.` at `dot` (for member completion). */
export function objectBeforeDot(root: Node, dot: number): Expression | null {
  let best: Expression | null = null;
  walk(root, (n, parent) => {
    if (n.start > dot) return false;
    const isMemberName = parent?.kind === 'MemberExpression' && parent.member === n;
    if (!isMemberName && n.end === dot && (n.kind === 'Identifier' || n.kind === 'MemberExpression' || n.kind === 'ParenthesizedExpression')) {
      if (!best || n.start < best.start) best = n;
    }
    return undefined;
  });
  return best;
}
