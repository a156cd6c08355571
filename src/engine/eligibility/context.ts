import type { Bundle, Customer, LedgerState, Line, Order, Problem, Product } from '../../domain/index.ts';
import { parseMoney, problem } from '../../domain/index.ts';
import { formatDate, isValidTimeZone, parseInstant, toLocal } from '../time/index.ts';
import type { ContextHooks, EvalContext, ProductView } from './types.ts';

/**
 * Builds the per-order context every check reads. Call once per (bundle, order, state).
 * @example const ctx = makeContext(bundle, order, emptyState(), { runScript });
 */
export function makeContext(bundle: Bundle, order: Order, state: LedgerState, hooks: ContextHooks = {}): EvalContext {
  const problems: Problem[] = [];
  const instant = parseInstant(order.at);
  if (instant === undefined) throw new Error(`order ${order.id}: "${order.at}" is not an instant with offset`);

  const bundleZone = usableZone(bundle.timeZone, 'bundle', problems);
  const outletZone = order.outlet === undefined ? undefined : hooks.outletTimeZones?.[order.outlet];
  const timeZone = outletZone !== undefined && isValidTimeZone(outletZone) ? outletZone : bundleZone;

  let grossSubtotal = 0n;
  for (const line of order.lines) grossSubtotal += parseMoney(line.unitPrice, bundle.currency) * BigInt(line.quantity);

  const customer = customerOf(order, state);
  return {
    bundle, order, state,
    currency: bundle.currency,
    timeZone,
    instant,
    local: toLocal(instant, timeZone),
    bundleLocalDate: formatDate(toLocal(instant, bundleZone)),
    grossSubtotal,
    products: productsOf(bundle),
    problems,
    ...(customer === undefined ? {} : { customer }),
    ...(hooks.runScript === undefined ? {} : { runScript: hooks.runScript }),
  };
}

/**
 * The catalog by id, built once per bundle object: a replay makes a context for every order (and
 * `commit` another), and a 500-product map per order was a tenth of its time.
 */
const PRODUCTS = new WeakMap<Bundle, ReadonlyMap<string, Product>>();
function productsOf(bundle: Bundle): ReadonlyMap<string, Product> {
  let m = PRODUCTS.get(bundle);
  if (m === undefined) {
    m = new Map(bundle.products.map((p) => [p.id, p]));
    PRODUCTS.set(bundle, m);
  }
  return m;
}

function usableZone(zone: string, owner: string, problems: Problem[]): string {
  if (isValidTimeZone(zone)) return zone;
  problems.push(problem('unknown-time-zone', `The ${owner} time zone "${zone}" is unknown; UTC is used instead.`, undefined, 'warning'));
  return 'UTC';
}

/** The order's customer with the ledger's points balance, which wins once a commit has run. */
function customerOf(order: Order, state: LedgerState): Customer | undefined {
  const c = order.customer;
  if (c === undefined) return undefined;
  const points = state.points[c.id];
  return points === undefined ? c : { ...c, points };
}

/**
 * A line's product as promotions see it: the catalog entry's attributes, each overridden by the
 * line's own, and the catalog floor price. Unknown products have only the line's attributes.
 * @example productOf(line, ctx).attributes.category // 'shoes'
 */
export function productOf(line: Line, ctx: EvalContext): ProductView {
  const product: Product | undefined = ctx.products.get(line.productId);
  const attributes = { ...(product?.attributes ?? {}), ...(line.attributes ?? {}) };
  if (product?.floorPrice === undefined) return { attributes };
  return { attributes, floorPrice: parseMoney(product.floorPrice, ctx.currency) };
}
