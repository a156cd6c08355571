import { explain } from '../../engine/index.ts';
import type { CliCommand } from '../command.ts';
import { evaluateAndPrint } from './evaluate.ts';

/**
 * `promo explain --bundle <file> --order <file|-> [--state <file>]`: evaluates and prints the
 * result as readable text (one line per promotion, per-line discounts, totals).
 */
export const command: CliCommand = {
  summary: 'evaluate an order against a bundle and explain the result in words',
  usage: 'promo explain --bundle <bundle.json> --order <order.json | -> [--state <state.json>]',
  run(args, io) {
    return evaluateAndPrint('explain', this.usage, args, io, (result, inputs) => explain(result, inputs.bundle));
  },
};
