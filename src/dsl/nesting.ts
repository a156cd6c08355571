import type { Node } from './ast.ts';
import { diagnostic, type Diagnostic } from './diagnostic.ts';
import { LIMITS } from '../domain/limits.ts';
import { childrenOf } from './walk.ts';

/**
 * Tallest tree the checker and interpreter walk: blocks (bounded by `LIMITS.scriptNesting` while
 * parsing) plus the operators inside them. Each level costs those recursive walks a few stack
 * frames, so this stays far below any engine's stack.
 */
export const MAX_TREE_HEIGHT = LIMITS.scriptTreeHeight;

/**
 * A `nesting-too-deep` diagnostic at the first node deeper than `MAX_TREE_HEIGHT`, or undefined.
 * Measured with an explicit stack, so any tree — a chain of 100,000 `+` included — is measured safely.
 * @example tooDeep(parse('extend DiscountCondition\\noutput 1 + 1 + … + 1').program)?.code // 'nesting-too-deep'
 */
export function tooDeep(root: Node): Diagnostic | undefined {
  const stack: { node: Node; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_TREE_HEIGHT) {
      return diagnostic('nesting-too-deep', `the script nests deeper than ${MAX_TREE_HEIGHT} levels (a chain of that many operators?); split it with \`set\``, { start: node.start, end: node.end });
    }
    for (const child of childrenOf(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return undefined;
}
