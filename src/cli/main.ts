import { readdir } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CliCommand, CliIO } from './command.ts';
import { nodeIO } from './io.ts';

/**
 * The `promo` dispatcher: `promo <command> [args]`. Commands are the modules of `./commands/`,
 * each exporting `command: CliCommand`, found by file name — adding a command adds a file, not a
 * line here. Exit codes: 0 ok, 1 the input has problems, 2 usage error, 70 internal error.
 */

const COMMANDS_DIR = new URL('./commands/', import.meta.url);
/** `.ts` from the sources (tests, tsx), `.js` from the built runtime in dist-node/: commands are siblings of this module. */
const EXT = import.meta.url.endsWith('.js') ? '.js' : '.ts';
const NAME = /^[a-z][a-z0-9-]*$/;

export const EXIT_USAGE = 2;
/** EX_SOFTWARE from sysexits.h: a bug, not the user's fault. */
export const EXIT_INTERNAL = 70;

/** Names of the available commands, from the commands folder. */
export async function commandNames(): Promise<string[]> {
  const files = await readdir(COMMANDS_DIR);
  return files
    .filter((f) => f.endsWith(EXT) && !f.endsWith('.d.ts') && !f.endsWith(`.test${EXT}`))
    .map((f) => f.slice(0, -EXT.length))
    .filter((n) => NAME.test(n))
    .sort();
}

async function loadCommand(name: string): Promise<CliCommand | undefined> {
  if (!NAME.test(name) || !(await commandNames()).includes(name)) return undefined;
  const mod = (await import(new URL(`${name}${EXT}`, COMMANDS_DIR).href)) as { command?: CliCommand };
  if (!mod.command) throw new Error(`src/cli/commands/${name}${EXT} does not export 'command'`);
  return mod.command;
}

async function help(write: (text: string) => void): Promise<void> {
  const lines = ['usage: promo <command> [args]', '', 'commands:'];
  const names = await commandNames();
  const width = Math.max(0, ...names.map((n) => n.length));
  for (const name of names) {
    let summary: string;
    try {
      summary = (await loadCommand(name))?.summary ?? '';
    } catch (e) {
      summary = `(cannot load: ${e instanceof Error ? e.message : String(e)})`;
    }
    lines.push(`  ${name.padEnd(width)}  ${summary}`);
  }
  lines.push('', "run 'promo help <command>' for a command's usage");
  write(lines.join('\n'));
}

/**
 * Runs one `promo` invocation and returns its exit code; never throws.
 * @example process.exitCode = await runCli(['validate', 'bundle.json'], nodeIO())
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const [name, ...args] = argv;
    if (name === undefined) {
      await help(io.stderr);
      return EXIT_USAGE;
    }
    if (name === 'help' || name === '--help' || name === '-h') {
      const topic = args[0];
      if (topic === undefined) {
        await help(io.stdout);
        return 0;
      }
      const cmd = await loadCommand(topic);
      if (!cmd) return unknown(topic, io);
      io.stdout(`${cmd.summary}\nusage: ${cmd.usage}`);
      return 0;
    }
    const cmd = await loadCommand(name);
    if (!cmd) return unknown(name, io);
    return await cmd.run(args, io);
  } catch (e) {
    io.stderr(`internal error: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT_INTERNAL;
  }
}

function unknown(name: string, io: CliIO): number {
  io.stderr(`promo: unknown command '${name}' (run 'promo help' for the list)`);
  return EXIT_USAGE;
}

/** Entry point of the real process (bin/promo.mjs, `npm run promo`). */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await runCli(argv, nodeIO());
}

// Run when executed directly (`tsx src/cli/main.ts`), not when imported by bin/promo.mjs or tests.
const invoked = process.argv[1];
if (invoked !== undefined && safeRealpath(invoked) === safeRealpath(fileURLToPath(import.meta.url))) await main();

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
