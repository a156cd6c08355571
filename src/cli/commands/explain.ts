import { explain } from '../../engine/index.ts';
import type { CliCommand } from '../command.ts';
import { evaluateAndPrint } from './evaluate.ts';
import { SIGNATURE_USAGE } from '../signature-flags.ts';

/**
 * `promo explain --bundle <file> --order <file|-> [--state <file>] [--solver wasm|reference]`:
 * evaluates and prints the result as readable text (one line per promotion, per-line discounts,
 * totals), then which level solver ran.
 */
export const command: CliCommand = {
  summary: 'evaluate an order against a bundle and explain the result in words',
  usage: `promo explain --bundle <bundle.json> --order <order.json | -> [--state <state.json>] [--solver wasm|reference] ${SIGNATURE_USAGE}`,
  run(args, io) {
    return evaluateAndPrint('explain', this.usage, args, io, (result, inputs, solver) => `${explain(result, inputs.bundle)}\nsolver: ${solver === 'wasm' ? 'WASM (solver.wasm)' : 'TypeScript reference'}`);
  },
};
