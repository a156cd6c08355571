import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.ts';
import { extensionPointDecl, runScript, type PlainValue } from '../../dsl/index.ts';
import { LineMap } from '../../dsl/location.ts';

/**
 * `promo run-script <file> --context <inputs.json>`: runs the script over the inputs (an object
 * keyed by input name: `Order`, `User`, `Discount`, `DefaultFinancialDispersion`, …; money as
 * decimal strings) and prints the outputs as JSON named after the extension point's outputs, or the
 * runtime error as `file:line:col code message` (exit 1).
 */
export const command: CliCommand = {
  summary: 'run a script over a JSON context and print its outputs',
  usage: 'promo run-script <file> --context <inputs.json> [--step-budget N] [--time-limit-ms N]',
  async run(args, io) {
    let positionals: string[];
    let values: { context?: string; 'step-budget'?: string; 'time-limit-ms'?: string };
    try {
      ({ positionals, values } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: { context: { type: 'string' }, 'step-budget': { type: 'string' }, 'time-limit-ms': { type: 'string' } },
      }));
    } catch (e) {
      io.stderr(`promo run-script: ${(e as Error).message}\nusage: ${this.usage}`);
      return 2;
    }
    if (positionals.length !== 1 || values.context === undefined) {
      io.stderr(`promo run-script: expected one script file and --context <file>\nusage: ${this.usage}`);
      return 2;
    }
    const budget = values['step-budget'] === undefined ? undefined : Number(values['step-budget']);
    const limit = values['time-limit-ms'] === undefined ? undefined : Number(values['time-limit-ms']);
    if ((budget !== undefined && !(Number.isInteger(budget) && budget > 0)) || (limit !== undefined && !(limit > 0))) {
      io.stderr(`promo run-script: --step-budget and --time-limit-ms take positive numbers\nusage: ${this.usage}`);
      return 2;
    }
    const file = positionals[0]!;
    let source: string;
    let context: unknown;
    try {
      source = await io.readFile(file);
      const text = await io.readFile(values.context);
      try {
        context = JSON.parse(text);
      } catch (e) {
        throw new Error(`${values.context}: not valid JSON (${(e as Error).message})`);
      }
    } catch (e) {
      io.stderr(`promo run-script: ${(e as Error).message}`);
      return 1;
    }
    if (typeof context !== 'object' || context === null || Array.isArray(context)) {
      io.stderr(`promo run-script: ${values.context}: expected a JSON object keyed by input name`);
      return 1;
    }
    const r = runScript(source, context as Record<string, unknown>, {
      ...(budget === undefined ? {} : { stepBudget: budget }),
      ...(limit === undefined ? {} : { timeLimitMs: limit }),
    });
    if (!r.ok) {
      const at = new LineMap(source).position(r.error.start);
      io.stdout(`${file}:${at.line}:${at.column} ${r.error.code} ${r.error.message}`);
      return 1;
    }
    const extend = /^\s*extend\s+(\w+)/m.exec(source)?.[1];
    const names = extensionPointDecl(extend ?? '')?.outputs.map((o) => o.name) ?? [];
    const entries = r.outputs.map((v, i) => `  ${JSON.stringify(names[i] ?? `output${i + 1}`)}: ${plainJson(v)}`);
    io.stdout(`{\n${entries.join(',\n')}\n}`);
    return 0;
  },
};

/** JSON text of a plain value; decimals are written as JSON numbers from their exact text. */
export function plainJson(v: PlainValue): string {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(plainJson).join(', ')}]`;
  const o = v as { readonly [k: string]: PlainValue };
  if (typeof o['decimal'] === 'string' && Object.keys(o).length === 1) {
    // A decimal's text is a JSON number unless it is not finite; then it is written as a string so the output stays JSON.
    return /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(o['decimal']) ? o['decimal'] : JSON.stringify(o['decimal']);
  }
  return `{${Object.entries(o).map(([k, x]) => `${JSON.stringify(k)}: ${plainJson(x)}`).join(', ')}}`;
}
