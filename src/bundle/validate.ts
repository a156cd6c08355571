import { BundleSchema, type Bundle } from '../domain/bundle.ts';
import { OrderSchema, type Order } from '../domain/order.ts';
import { fail, ok, type Problem, type Result } from '../domain/problem.ts';
import { schemaProblems } from './schema-problems.ts';
import { checkSemantics } from './semantic/index.ts';
import { salvage } from './salvage.ts';

/**
 * The one bundle validator: schema, then every semantic check. Import, the CLI and the promotion
 * editor all call this, so a problem has the same code, message and path wherever it is found.
 * Semantic checks need a schema-valid bundle; when the shape is wrong they still run on the parts
 * that parse, so one pass reports everything.
 * @example const r = validateBundle(json); if (!r.ok) r.problems.map((p) => p.path)
 */
export function validateBundle(value: unknown): Result<Bundle> {
  const shaped = BundleSchema.safeParse(value);
  if (!shaped.success) {
    const partial = salvage(value);
    const semantic = partial === undefined ? [] : checkSemantics(partial.bundle, partial);
    return fail([...schemaProblems(shaped.error.issues, value), ...semantic]);
  }
  const problems: Problem[] = checkSemantics(shaped.data);
  return problems.some((p) => p.severity === 'error') ? fail(problems) : ok(shaped.data, problems);
}

/**
 * The one order validator (orders in files, saved baskets, the simulator's basket): the order
 * schema carries every order rule — non-negative money, real instants, line and quantity limits,
 * unique line ids, the order-value limit — so each problem has the same code and path everywhere.
 * @example validateOrder({ id: 'o', at: '2026-05-04T12:00:00Z', lines: [] }).ok // true
 */
export function validateOrder(value: unknown): Result<Order> {
  const r = OrderSchema.safeParse(value);
  return r.success ? ok(r.data) : fail(schemaProblems(r.error.issues, value));
}
