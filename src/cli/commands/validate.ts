import { parseArgs } from 'node:util';
import type { CliCommand } from '../command.ts';
import { formatProblem, printProblems, readBundle } from '../io.ts';
import { SIGNATURE_OPTIONS, SIGNATURE_USAGE, signaturePolicy, type SignatureFlags } from '../signature-flags.ts';

/**
 * `promo validate <bundle.json>`: imports the bundle exactly as the workbench would and prints
 * `ok: …` (exit 0) or every problem, one `<path> <code> <message>` per line (exit 1).
 */
export const command: CliCommand = {
  summary: 'check a bundle file: schema, references, tiers, schedules, money, revision',
  usage: `promo validate <bundle.json | -> ${SIGNATURE_USAGE}`,
  async run(args, io) {
    let positionals: string[];
    let flags: SignatureFlags;
    try {
      ({ positionals, values: flags } = parseArgs({ args: [...args], allowPositionals: true, options: SIGNATURE_OPTIONS }));
    } catch (e) {
      io.stderr(`promo validate: ${(e as Error).message}\nusage: ${this.usage}`);
      return 2;
    }
    if (positionals.length !== 1) {
      io.stderr(`promo validate: expected one bundle file\nusage: ${this.usage}`);
      return 2;
    }
    const policy = await signaturePolicy(flags, io);
    if ('usage' in policy) {
      io.stderr(`promo validate: ${policy.usage}\nusage: ${this.usage}`);
      return 2;
    }
    if ('error' in policy) {
      io.stderr(`promo validate: ${policy.error}`);
      return 1;
    }
    const r = await readBundle(positionals[0]!, io, { signature: policy.policy });
    if (!r.ok) {
      printProblems('validate', r.problems, io.stdout, io.stderr);
      return 1;
    }
    const b = r.value;
    const revision = b.revision ? `revision ${b.revision.slice(0, 12)}` : 'no revision';
    io.stdout(`ok: ${b.name} (${b.promotions.length} promotion${b.promotions.length === 1 ? '' : 's'}, ${revision})`);
    for (const p of r.problems ?? []) io.stdout(formatProblem(p));
    return 0;
  },
};
