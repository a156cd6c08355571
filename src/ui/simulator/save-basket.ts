/**
 * Baskets made in the simulator: "Save as new basket" and "Update basket" turn the current
 * order and its fresh result into a workspace draft (input form, as in a bundle file), which the
 * WorkspaceStore validates with the one validator and writes atomically. The result becomes the
 * basket's expectation, so "Run all baskets" later says whether the rules still give it.
 */
import type { Expectation } from '../../domain/bundle.ts';
import type { OrderInput } from '../../domain/order.ts';
import { problem, type Problem, type Result } from '../../domain/problem.ts';
import type { EvaluationResult } from '../../domain/result.ts';
import type { JsonObject } from '../../storage/types.ts';
import type { Workspace, WorkspaceDraft } from '../../storage/workspace-store.ts';

/**
 * What a result says about its basket, as a saved basket's `expected` (what the sample baskets state).
 * @example expectationFromResult(result) // { promotionSaving: '2.99', net: '11.98', applied: ['snacks-b2g1'] }
 */
export function expectationFromResult(result: EvaluationResult): Expectation {
  return {
    promotionSaving: result.totals.promotionSaving,
    net: result.totals.net,
    applied: result.promotions.filter((o) => o.status === 'applied').map((o) => o.promotionId),
  };
}

/**
 * An id for a new basket from its name: kebab-case ASCII, unique among `taken` (suffix -2, -3…).
 * @example basketIdFromName('Snacks: 4 bags', ['snacks-4-bags']) // 'snacks-4-bags-2'
 */
export function basketIdFromName(name: string, taken: readonly string[]): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'basket';
  const used = new Set(taken);
  if (!used.has(slug)) return slug;
  let n = 2;
  while (used.has(`${slug}-${n}`)) n++;
  return `${slug}-${n}`;
}

/** The stored baskets in list order, as written. */
const storedBaskets = (workspace: Workspace): JsonObject[] => [...workspace.snapshot.baskets].sort((a, b) => a.position - b.position).map((b) => b.basket);

const draftWith = (workspace: Workspace, baskets: readonly unknown[]): WorkspaceDraft => ({ bundle: workspace.snapshot.workspace.input, baskets });

export interface NewBasketFields {
  readonly name: string;
  readonly description: string;
}

export interface NewBasketSource {
  readonly order: OrderInput;
  /** The ledger state the order was evaluated with (input form), carried into the new basket. */
  readonly state?: unknown;
  /** The result of evaluating exactly this order. */
  readonly result: EvaluationResult;
}

/**
 * The workspace with one more basket at the end of the list; its order gets the id `o-<basket id>`.
 * @example const r = newBasketDraft(ws, { name: 'Snacks x4', description: '' }, { order, result }); if (r.ok) await store.replace(r.value.draft)
 */
export function newBasketDraft(workspace: Workspace, fields: NewBasketFields, source: NewBasketSource): Result<{ readonly id: string; readonly draft: WorkspaceDraft }> {
  const name = fields.name.trim();
  const problems: Problem[] = [];
  if (name === '') problems.push(problem('basket-name-missing', 'give the basket a name', '$.name'));
  else if (workspace.baskets.some((b) => b.name === name)) problems.push(problem('basket-name-taken', `a basket is already called "${name}"`, '$.name'));
  if (problems.length > 0) return { ok: false, problems };
  const id = basketIdFromName(name, workspace.baskets.map((b) => b.id));
  const description = fields.description.trim();
  const basket = {
    id,
    name,
    ...(description === '' ? {} : { description }),
    order: { ...source.order, id: `o-${id}` },
    ...(source.state === undefined ? {} : { state: source.state }),
    expected: expectationFromResult(source.result),
  };
  return { ok: true, value: { id, draft: draftWith(workspace, [...storedBaskets(workspace), basket]) } };
}

/**
 * The workspace with one saved basket's order and expectation overwritten; its id, name,
 * description, ledger state and place in the list stay.
 * @example const r = updatedBasketDraft(ws, 'b01', { order, result }); if (r.ok) await store.replace(r.value)
 */
export function updatedBasketDraft(workspace: Workspace, id: string, source: Omit<NewBasketSource, 'state'>): Result<WorkspaceDraft> {
  const stored = storedBaskets(workspace);
  const at = stored.findIndex((b) => b['id'] === id);
  if (at < 0) return { ok: false, problems: [problem('basket-not-found', `the workspace has no basket "${id}" any more`)] };
  const baskets = stored.map((b, i) => (i === at ? { ...b, order: source.order, expected: expectationFromResult(source.result) } : b));
  return { ok: true, value: draftWith(workspace, baskets) };
}
