import { problem } from '../../domain/index.ts';
import { evaluate, explain } from '../../engine/index.ts';
import type { CliCommand } from '../command.ts';
import { formatProblem } from '../io.ts';
import { loadInputs } from './evaluate.ts';

/**
 * `promo explain --bundle <file> --order <file|-> [--state <file>]`: evaluates and prints the
 * result as readable text (one line per promotion, per-line discounts, totals).
 */
export const command: CliCommand = {
  summary: 'evaluate an order against a bundle and explain the result in words',
  usage: 'promo explain --bundle <bundle.json> --order <order.json | -> [--state <state.json>]',
  async run(args, io) {
    const inputs = await loadInputs('explain', this.usage, args, io);
    if (typeof inputs === 'number') return inputs;
    try {
      io.stdout(explain(evaluate(inputs.bundle, inputs.order, inputs.state), inputs.bundle));
      return 0;
    } catch (e) {
      io.stdout(formatProblem(problem('evaluation-failed', (e as Error).message)));
      return 1;
    }
  },
};
