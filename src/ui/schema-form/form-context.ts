import type { Component } from 'solid-js';
import type { Problem } from '../../domain/problem.ts';
import type { JsonPathSegments } from './json-edit.ts';
import type { SchemaNode } from './schema-node.ts';

/** What every field of a schema form reads and writes through: one working copy, edited by path. */
export interface FormContext {
  /** The whole working copy (input JSON). */
  readonly value: () => unknown;
  /** Replaces the value at `path`; `undefined` removes an optional member. */
  readonly set: (path: JsonPathSegments, next: unknown) => void;
  /** Problems whose path is exactly `path` (relative to the form's root). */
  readonly problemsAt: (path: JsonPathSegments) => readonly Problem[];
  /** Every problem of the form (paths relative to its root), for widgets that place them themselves. */
  readonly allProblems: () => readonly Problem[];
  /** Richer editors for named domain schemas (`Condition`, `Selection`…), by `$defs` name. */
  readonly widgets: Readonly<Record<string, Component<WidgetProps>>>;
  /** Makes element ids unique per form, so labels and problem links find their control. */
  readonly idPrefix: string;
}

export interface WidgetProps {
  readonly node: SchemaNode;
  readonly path: JsonPathSegments;
  readonly label: string;
  readonly ctx: FormContext;
}

/** The DOM id of the control editing `path`: problem links focus it. */
export const fieldId = (prefix: string, path: JsonPathSegments): string =>
  `${prefix}-${path.map(String).join('-') || 'root'}`.replace(/[^\w-]/g, '_');
