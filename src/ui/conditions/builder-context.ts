import { createContext, useContext, type Accessor } from 'solid-js';
import type { Bundle } from '../../domain/bundle.ts';
import type { ConditionPath, ConditionTrace } from '../../engine/eligibility/conditions/trace.ts';
import type { NodeProblem } from './node-problems.ts';
import type { EditResult } from './tree-edit.ts';

/** Where focus goes after an edit: the node's handle, its field picker, or nowhere (typing). */
export type FocusTarget = 'handle' | 'field' | 'none';

/** What every node of one builder shares. */
export interface BuilderContextValue {
  readonly tree: Accessor<unknown>;
  readonly bundle: Accessor<Bundle>;
  readonly problems: Accessor<ReadonlyMap<string, readonly NodeProblem[]>>;
  readonly truth: Accessor<ConditionTrace | undefined>;
  /** Applies an edit (a refused one is announced, nothing changes) and moves focus. */
  edit(result: EditResult, focus?: FocusTarget): void;
  /** Says something to screen-reader users (a refused move, a moved node). */
  announce(message: string): void;
  /** The node being dragged, while a drag is on. */
  readonly dragging: Accessor<ConditionPath | undefined>;
  setDragging(path: ConditionPath | undefined): void;
  /** Unique per builder, for element ids. */
  readonly idPrefix: string;
}

export const BuilderContext = createContext<BuilderContextValue>();

/** The enclosing builder's context; a node outside a builder is a bug. */
export function useBuilder(): BuilderContextValue {
  const ctx = useContext(BuilderContext);
  if (ctx === undefined) throw new Error('useBuilder must be called inside <ConditionBuilder>');
  return ctx;
}

/** "1.2.1": a node's number as shown to the analyst (1-based; the child of a `not` is its .1). */
export function nodeNumber(path: ConditionPath): string {
  return path.map((p) => (p === 'of' ? 1 : p + 1)).join('.');
}

/**
 * A node's name in its title and in every label of its controls: "condition 1.2", "top group".
 * @example nodeName('group', []) // 'top group'
 */
export function nodeName(what: string, path: ConditionPath): string {
  return path.length === 0 ? `top ${what}` : `${what} ${nodeNumber(path)}`;
}
