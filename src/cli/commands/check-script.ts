import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.ts';
import { checkScript } from '../../dsl/index.ts';
import { LineMap } from '../../dsl/location.ts';

/**
 * `promo check-script <file> [--extension-point X]`: prints every diagnostic as
 * `file:line:col code message` (warnings: `code warning: message`); exit 1 when any is an error, 0 with warnings only.
 */
export const command: CliCommand = {
  summary: 'check a script: syntax, names, members, types, outputs, dispersion ranges',
  usage: 'promo check-script <file> [--extension-point DiscountFinancialDispersion|DiscountCondition]',
  async run(args, io) {
    let positionals: string[];
    let extensionPoint: string | undefined;
    try {
      const parsed = parseArgs({ args: [...args], allowPositionals: true, options: { 'extension-point': { type: 'string' } } });
      positionals = parsed.positionals;
      extensionPoint = parsed.values['extension-point'];
    } catch (e) {
      io.stderr(`promo check-script: ${(e as Error).message}\nusage: ${this.usage}`);
      return 2;
    }
    if (positionals.length !== 1) {
      io.stderr(`promo check-script: expected one script file\nusage: ${this.usage}`);
      return 2;
    }
    const file = positionals[0]!;
    let source: string;
    try {
      source = await io.readFile(file);
    } catch (e) {
      io.stderr(`promo check-script: ${(e as Error).message}`);
      return 1;
    }
    const diagnostics = checkScript(source, extensionPoint);
    const lines = new LineMap(source);
    for (const d of diagnostics) {
      const at = lines.position(d.start);
      io.stdout(`${file}:${at.line}:${at.column} ${d.code} ${d.severity === 'error' ? '' : `${d.severity}: `}${d.message}`);
    }
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    if (diagnostics.length === 0) io.stdout(`${file}: ok`);
    return errors > 0 ? 1 : 0;
  },
};
