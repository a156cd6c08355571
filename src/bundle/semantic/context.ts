import type { Bundle } from '../../domain/bundle.ts';
import type { Severity } from '../../domain/problem.ts';

/**
 * What a semantic check sees: the schema-valid bundle (defaults filled in) and a sink for
 * problems. Checks never stop at the first fault; every check runs and reports all it finds.
 */
export interface SemanticContext {
  readonly bundle: Bundle;
  /**
   * Ids of catalog products, promotions and scripts left out because they failed the schema (the
   * checks then run on what did parse). A reference to one of them is not reported again: its
   * own schema problems already are.
   */
  readonly unparsed?: UnparsedIds;
  report(code: string, message: string, path: readonly PropertyKey[], severity?: Severity): void;
}

/** One rule of bundle consistency, in its own file (like a GraphQL validation rule). */
export type SemanticCheck = (ctx: SemanticContext) => void;

/** `p-7 'Buy 2 get 1'`: how messages name a promotion. */
export const promotionLabel = (p: { readonly id: string; readonly name: string }): string => `${p.id} '${p.name}'`;

export interface UnparsedIds {
  readonly products: ReadonlySet<string>;
  readonly promotions: ReadonlySet<string>;
  readonly scripts: ReadonlySet<string>;
}

/** Whether `id` names an element of `section` that failed the schema. */
export const isUnparsed = (ctx: SemanticContext, section: keyof UnparsedIds, id: string): boolean =>
  ctx.unparsed?.[section].has(id) ?? false;
