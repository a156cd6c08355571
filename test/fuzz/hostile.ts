/**
 * Hostile input for the validators, the engine and the script language, and the properties every
 * input must keep: nothing throws, every rejection names a code, a message and a location, budgets
 * hold. Shared by the short vitest runs (test/fuzz/*.test.ts) and the long `npm run fuzz`.
 */
import fc from 'fast-check';
import { importBundle } from '../../src/bundle/import.ts';
import { validateOrder } from '../../src/bundle/validate.ts';
import type { Bundle, Problem } from '../../src/domain/index.ts';
import { checkScript, DIAGNOSTIC_CODES, runScript } from '../../src/dsl/index.ts';
import { evaluate } from '../../src/engine/index.ts';
import { plainJson } from '../../src/cli/commands/run-script.ts';
import { makeBundle, makeParsedBundle } from '../support/bundle-factories.ts';
import { orderValue, withValueAt } from '../support/hostile-factories.ts';

/** Values a careless or hostile file may hold where anything else was expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('-1.00', '-0', '1e400', '99999999999999999999', 'NaN', 'Infinity', '', ' ', '\u0000', '\u001b[2J', '2026-02-30T23:99', '__proto__'),
  fc.constantFrom(-1, 0, 1e308, -1e308, 2 ** 53, 0.1, 1e9, 1e8, 10_500, null, true, [], {}),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.string({ minLength: 1, maxLength: 3 }).map((s) => s.repeat(2_000)),
);

/** A JSON path into the sample bundle (as written): section, index, and field chains that exist. */
const bundlePaths: (string | number)[][] = [
  ['name'], ['currency'], ['timeZone'], ['settings', 'searchBudget'], ['settings', 'evaluationNodes'],
  ['products', 0, 'price'], ['products', 1, 'floorPrice'], ['products', 0, 'id'],
  ['promotions', 0, 'priority'], ['promotions', 0, 'rule', 'tiers'], ['promotions', 0, 'rule', 'tiers', 0, 'reward'],
  ['promotions', 0, 'rule', 'tiers', 0, 'threshold'], ['promotions', 1, 'conditions'], ['promotions', 0, 'schedule'],
  ['promotions', 0, 'limits'], ['promotions', 1, 'rule'], ['coupons', 0, 'code'], ['scripts', 0, 'source'],
  ['baskets', 0, 'order', 'lines', 0, 'quantity'], ['baskets', 0, 'order', 'lines', 0, 'unitPrice'], ['baskets', 0, 'order', 'at'],
];

export const hostileBundleText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...bundlePaths), hostileValue), { minLength: 1, maxLength: 4 })
  .map((edits) => {
    let b: unknown = makeBundle();
    for (const [path, value] of edits) {
      try {
        b = withValueAt(b, path, value);
      } catch {
        // an earlier edit removed the parent: skip
      }
    }
    return JSON.stringify(b).replace('"1e400"', '1e400');
  });

const orderPaths: (string | number)[][] = [
  ['id'], ['at'], ['shipping'], ['coupons'], ['customFields'], ['lines'], ['lines', 0, 'quantity'], ['lines', 0, 'unitPrice'],
  ['lines', 0, 'customerPrice'], ['lines', 1, 'id'], ['lines', 1, 'productId'], ['lines', 0, 'customFields'], ['customer'],
];

export const hostileOrder: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.tuple(fc.constantFrom(...orderPaths), hostileValue), { maxLength: 3 }))
  .map(([lines, edits]) => {
    let o: unknown = orderValue(lines);
    for (const [path, value] of edits) {
      try {
        o = withValueAt(o, path, value);
      } catch {
        // parent replaced by an earlier edit
      }
    }
    return o;
  });

const fragment = fc.constantFrom(
  'if true then\n', 'end\n', 'else\n', 'foreach l in Order.Lines\n', 'set s to s + s\n', "set s to 'ab'\n", 'set x to x * x\n',
  'set x to 10\n', 'output true\n', 'output x, 1\n', 'output s = \'\'\n', '(', ')', ' + 1', ' and ', ' not ', "$'{s}{s}'", 'when ', ' then ', '#c\n', '"', '\n',
);

/** Token soup plus the pathological shapes: deep nesting, long chains, runaway growth. */
export const hostileScript: fc.Arbitrary<string> = fc.oneof(
  fc.array(fragment, { maxLength: 60 }).map((parts) => `extend DiscountCondition\n${parts.join('')}`),
  fc.integer({ min: 1, max: 6_000 }).map((n) => `extend DiscountCondition\n${'if true then\n'.repeat(n)}output true\n${'end\n'.repeat(n)}`),
  fc.integer({ min: 1, max: 20_000 }).map((n) => `extend DiscountCondition\noutput 1${' + 1'.repeat(n)} > 0\n`),
  fc.integer({ min: 1, max: 400 }).map((n) => `extend DiscountCondition\noutput ${'('.repeat(n)}1${')'.repeat(n)} > 0\n`),
  fc.string({ maxLength: 200 }),
);

/** A problem that tells the user what and where. */
export const isLocated = (p: Problem): boolean =>
  typeof p.code === 'string' && /^[a-z][a-z0-9-]*$/.test(p.code) && p.message.length > 0 && (p.path === undefined ? p.row !== undefined : p.path.startsWith('$'));

/** Property: importing hostile bundle text never throws; a refusal lists located problems. */
export async function bundleHolds(text: string): Promise<boolean> {
  const r = await importBundle(text);
  return r.ok || (r.problems.length > 0 && r.problems.every(isLocated));
}

/** Property: a hostile order is refused with located problems, or evaluates within its budget. */
export function orderHolds(value: unknown, bundle: Bundle = makeParsedBundle()): boolean {
  const r = validateOrder(value);
  if (!r.ok) return r.problems.length > 0 && r.problems.every(isLocated);
  const result = evaluate(bundle, r.value);
  return result.budget !== undefined && result.budget.nodes.used <= result.budget.nodes.limit;
}

const CODES = new Set(Object.keys(DIAGNOSTIC_CODES));

/** Property: checking and running a hostile script never throws; errors carry known codes and ranges inside the source; outputs print as JSON. */
export function scriptHolds(source: string): boolean {
  const diagnostics = checkScript(source, 'DiscountCondition');
  if (!diagnostics.every((d) => CODES.has(d.code) && d.start >= 0 && d.end <= source.length)) return false;
  const r = runScript(source, { Order: { Lines: [{ Id: 'a' }, { Id: 'b' }, { Id: 'c' }, { Id: 'd' }] } }, { stepBudget: 20_000, now: () => 0 });
  if (!r.ok) return CODES.has(r.error.code) && r.error.start >= 0 && r.error.end <= source.length;
  const text = `[${r.outputs.map(plainJson).join(',')}]`;
  JSON.parse(text);
  return true;
}
