import { parseArgs } from 'node:util';
import type { Bundle, EvaluationResult, LedgerState, Order, Problem } from '../../domain/index.ts';
import { LedgerStateSchema, SavedBasketSchema, problem } from '../../domain/index.ts';
import { validateOrder } from '../../bundle/validate.ts';
import { schemaProblems } from '../../bundle/schema-problems.ts';
import { evaluate } from '../../engine/index.ts';
import type { CliCommand, CliIO } from '../command.ts';
import { MAX_ORDER_BYTES, secureParse } from '../../bundle/secure-parse.ts';
import { SOLVER_NAMES, chooseSolver, type SolverName } from '../solver-choice.ts';
import { formatProblem, printProblems, readBundle } from '../io.ts';
import { SIGNATURE_OPTIONS, SIGNATURE_USAGE, signaturePolicy } from '../signature-flags.ts';

export interface EvaluationInputs {
  readonly bundle: Bundle;
  readonly order: Order;
  readonly state: LedgerState;
  /** `--solver`: the level solver asked for (default wasm). */
  readonly solver: SolverName;
}

/**
 * Parses `--bundle <file> --order <file|-> [--state <file>] [--solver wasm|reference]` and loads the three inputs. The order
 * file may hold an Order or a SavedBasket (`{order: …}`, whose `state` is used when no --state is
 * given). Problems are printed one per line with their JSON paths; returns the exit code on failure.
 */
export async function loadInputs(name: string, usage: string, args: readonly string[], io: CliIO): Promise<EvaluationInputs | number> {
  let values: {
    bundle?: string | undefined; order?: string | undefined; state?: string | undefined; solver?: string | undefined;
    'require-signature'?: boolean | undefined; 'public-key'?: string[] | undefined;
  };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { bundle: { type: 'string' }, order: { type: 'string' }, state: { type: 'string' }, solver: { type: 'string' }, ...SIGNATURE_OPTIONS },
    }));
  } catch (e) {
    io.stderr(`promo ${name}: ${(e as Error).message}\nusage: ${usage}`);
    return 2;
  }
  if (values.bundle === undefined || values.order === undefined) {
    io.stderr(`promo ${name}: --bundle and --order are required\nusage: ${usage}`);
    return 2;
  }
  const solver = (values.solver ?? 'wasm') as SolverName;
  if (!SOLVER_NAMES.includes(solver)) {
    io.stderr(`promo ${name}: --solver must be ${SOLVER_NAMES.join(' or ')}, not "${values.solver}"\nusage: ${usage}`);
    return 2;
  }
  const policy = await signaturePolicy(values, io);
  if ('usage' in policy) {
    io.stderr(`promo ${name}: ${policy.usage}\nusage: ${usage}`);
    return 2;
  }
  if ('error' in policy) {
    io.stderr(`promo ${name}: ${policy.error}`);
    return 1;
  }
  const bundle = await readBundle(values.bundle, io, { signature: policy.policy });
  if (!bundle.ok) {
    printProblems(name, bundle.problems, io.stdout);
    return 1;
  }
  const orderText = await readText(values.order, io);
  if (typeof orderText !== 'string') return report(name, [orderText], io);
  const orderJson = parseJson(orderText, values.order);
  if (!orderJson.ok) return report(name, [orderJson.problem], io);
  const isBasket = typeof orderJson.value === 'object' && orderJson.value !== null && 'order' in orderJson.value && !('lines' in orderJson.value);
  let order: Order;
  let basketState: LedgerState | undefined;
  if (isBasket) {
    const r = SavedBasketSchema.safeParse(orderJson.value);
    if (!r.success) return report(name, schemaProblems(r.error.issues, orderJson.value), io);
    order = r.data.order;
    basketState = r.data.state;
  } else {
    const r = validateOrder(orderJson.value);
    if (!r.ok) return report(name, r.problems, io);
    order = r.value;
  }
  let state: LedgerState = basketState ?? LedgerStateSchema.parse({});
  if (values.state !== undefined) {
    const stateText = await readText(values.state, io);
    if (typeof stateText !== 'string') return report(name, [stateText], io);
    const stateJson = parseJson(stateText, values.state);
    if (!stateJson.ok) return report(name, [stateJson.problem], io);
    const r = LedgerStateSchema.safeParse(stateJson.value);
    if (!r.success) return report(name, schemaProblems(r.error.issues, stateJson.value), io);
    state = r.data;
  }
  return { bundle: bundle.value, order, state, solver };
}

async function readText(path: string, io: CliIO): Promise<string | Problem> {
  try {
    return path === '-' ? await io.readStdin() : await io.readFile(path);
  } catch (e) {
    return problem('file-unreadable', e instanceof Error ? e.message : String(e));
  }
}

/**
 * Orders and state files are untrusted like bundles: the same secure parser (size, depth,
 * `__proto__`/`constructor`/`prototype` keys), with an order-sized limit. Its first problem is
 * reported, naming the file.
 */
function parseJson(text: string, path: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const r = secureParse(text, { maxBytes: MAX_ORDER_BYTES, what: 'an order or state file' });
  if (r.ok) return { ok: true, value: r.value };
  const first = r.problems[0]!;
  return { ok: false, problem: { ...first, message: `${path}: ${first.message}` } };
}

function report(name: string, problems: readonly Problem[], io: CliIO): number {
  printProblems(name, problems, io.stdout);
  return 1;
}

/**
 * `promo evaluate --bundle <file> --order <file|-> [--state <file>] [--solver wasm|reference]`:
 * prints the evaluation result as JSON with `solver` saying which level solver ran (exit 0), or
 * the input problems with their JSON paths (exit 1).
 */
export const command: CliCommand = {
  summary: 'evaluate an order (or saved basket) against a bundle; prints the result JSON',
  usage: `promo evaluate --bundle <bundle.json> --order <order.json | -> [--state <state.json>] [--solver wasm|reference] ${SIGNATURE_USAGE}`,
  run(args, io) {
    return evaluateAndPrint('evaluate', this.usage, args, io, (result, _inputs, solver) => JSON.stringify({ ...result, solver }, null, 2));
  },
};

/**
 * Loads the inputs (see `loadInputs`), evaluates and prints `render(result, inputs)` (exit 0); an
 * engine failure is printed as one `evaluation-failed` problem (exit 1).
 * @example evaluateAndPrint('explain', usage, args, io, (result, inputs) => explain(result, inputs.bundle))
 */
export async function evaluateAndPrint(
  name: string, usage: string, args: readonly string[], io: CliIO,
  render: (result: EvaluationResult, inputs: EvaluationInputs, solver: SolverName) => string,
): Promise<number> {
  const inputs = await loadInputs(name, usage, args, io);
  if (typeof inputs === 'number') return inputs;
  const solver = await chooseSolver(inputs.solver);
  if (solver.note !== undefined) io.stderr(`promo ${name}: ${solver.note}`);
  try {
    const options = solver.solveLevel === undefined ? {} : { solveLevel: solver.solveLevel };
    io.stdout(render(evaluate(inputs.bundle, inputs.order, inputs.state, options), inputs, solver.name));
    return 0;
  } catch (e) {
    io.stdout(formatProblem(problem('evaluation-failed', (e as Error).message)));
    return 1;
  }
}
