import { parseArgs } from 'node:util';
import { checkProfile, EXPORT_PROFILES, exportBundle, isExportProfile } from '../../bundle/export.ts';
import { DEFAULT_MIRROR_TARGET } from '../../bundle/profiles/mirrored.ts';
import { importSigningKey, type SigningKey } from '../../bundle/signature.ts';
import type { CliCommand } from '../command.ts';
import { formatProblem, printProblems, readBundle } from '../io.ts';

/**
 * `promo export --profile <full|staticOnly|mirrored> [--target pos] <bundle.json> [--out file]`:
 * checks the bundle against what the target can run; violations (naming promotion and feature)
 * go to stderr with exit 1, otherwise the bundle is written with a fresh revision.
 */
export const command: CliCommand = {
  summary: 'check a bundle against a target profile and write it with a fresh revision',
  usage: `promo export --profile <${EXPORT_PROFILES.join('|')}> [--target ${DEFAULT_MIRROR_TARGET}] <bundle.json | -> [--out file] [--sign-key <private-key.pem>]`,
  async run(args, io) {
    const usageError = (message: string): number => {
      io.stderr(`promo export: ${message}\nusage: ${this.usage}`);
      return 2;
    };
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: { profile: { type: 'string' }, target: { type: 'string' }, out: { type: 'string' }, 'sign-key': { type: 'string' } },
      });
    } catch (e) {
      return usageError((e as Error).message);
    }
    const { profile, target = DEFAULT_MIRROR_TARGET, out, 'sign-key': signKeyFile } = parsed.values;
    if (profile === undefined) return usageError('--profile is required');
    if (!isExportProfile(profile)) return usageError(`unknown profile '${profile}'`);
    if (parsed.positionals.length !== 1) return usageError('expected one bundle file');

    // --sign-key: an Ed25519 private key (PKCS#8 PEM, e.g. from `openssl genpkey -algorithm ed25519`).
    let signingKey: SigningKey | undefined;
    if (signKeyFile !== undefined) {
      let keyText: string;
      try {
        keyText = await io.readFile(signKeyFile);
      } catch (e) {
        io.stderr(`promo export: ${(e as Error).message}`);
        return 1;
      }
      const key = await importSigningKey(keyText);
      if (!key.ok) {
        for (const p of key.problems) io.stderr(`promo export: ${signKeyFile}: ${p.message}`);
        return 1;
      }
      signingKey = key.value;
    }
    const r = await readBundle(parsed.positionals[0]!, io);
    if (!r.ok) {
      printProblems('export', r.problems, io.stderr);
      return 1;
    }
    const violations = checkProfile(r.value, profile, target);
    if (violations.length > 0) {
      for (const p of violations) io.stderr(formatProblem(p));
      io.stderr(`${violations.length} promotion feature${violations.length === 1 ? '' : 's'} cannot be exported as ${profile}`);
      return 1;
    }
    const exported = await exportBundle(r.value, profile, target, signingKey);
    if (!exported.ok) {
      for (const p of exported.problems) io.stderr(formatProblem(p));
      return 1;
    }
    if (out === undefined) {
      io.stdout(exported.value);
      return 0;
    }
    if (!io.writeFile) return usageError('--out is not available here');
    try {
      await io.writeFile(out, exported.value);
    } catch (e) {
      io.stderr(`promo export: ${(e as Error).message}`);
      return 1;
    }
    io.stdout(`wrote ${out} (${profile}, ${r.value.promotions.length} promotions)`);
    return 0;
  },
};
