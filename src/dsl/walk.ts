import type { Expression, Node, Statement } from './ast.ts';

/** The direct children of a node, in source order. */
export function childrenOf(node: Node): readonly Node[] {
  switch (node.kind) {
    case 'Program': return node.statements;
    case 'ExtendStatement': return node.extensionPoint ? [node.extensionPoint] : [];
    case 'SetStatement': return [node.name, node.value];
    case 'IfStatement': return node.otherwise ? [...node.branches, node.otherwise] : node.branches;
    case 'IfBranch': return [node.condition, ...node.body];
    case 'ElseBlock': return node.body;
    case 'ForeachStatement': return [node.variable, node.iterable, ...node.body];
    case 'OutputStatement': return node.values;
    case 'TemplateLiteral': return node.parts;
    case 'MemberExpression': return [node.object, node.member];
    case 'UnaryExpression': return [node.operand];
    case 'BinaryExpression': return [node.left, node.right];
    case 'HasValueExpression': return [node.operand];
    case 'WhenExpression': return node.otherwise ? [...node.arms, node.otherwise] : node.arms;
    case 'WhenArm': return [node.condition, node.value];
    case 'ParenthesizedExpression': return [node.expression];
    default: return [];
  }
}

/** Depth-first walk; return `false` from `enter` to skip a node's children. */
export function walk(node: Node, enter: (node: Node, parent: Node | null) => boolean | void, parent: Node | null = null): void {
  if (enter(node, parent) === false) return;
  for (const child of childrenOf(node)) walk(child, enter, node);
}

/** The innermost chain of nodes containing `offset` (outermost first); ends are inclusive for the cursor. */
export function pathAt(root: Node, offset: number): Node[] {
  const path: Node[] = [];
  let node: Node | undefined = root;
  while (node) {
    path.push(node);
    node = childrenOf(node).find((c) => c.start <= offset && offset <= c.end && c.kind !== 'MissingExpression');
  }
  return path;
}

export const isStatement = (n: Node): n is Statement =>
  n.kind === 'ExtendStatement' || n.kind === 'SetStatement' || n.kind === 'IfStatement' ||
  n.kind === 'ForeachStatement' || n.kind === 'OutputStatement';

export const isExpression = (n: Node): n is Expression =>
  !isStatement(n) && n.kind !== 'Program' && n.kind !== 'IfBranch' && n.kind !== 'ElseBlock' &&
  n.kind !== 'WhenArm' && n.kind !== 'TemplateText' && n.kind !== 'Comment';
