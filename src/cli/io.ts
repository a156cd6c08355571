import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Bundle } from '../domain/bundle.ts';
import type { Problem, Result } from '../domain/problem.ts';
import { importBundle, type ImportOptions } from '../bundle/import.ts';
import type { CliIO } from './command.ts';

/**
 * The real IO of the `promo` process: files relative to `cwd`, errors turned into one readable
 * line (no stack, no errno soup).
 * @example process.exitCode = await command.run(args, nodeIO())
 */
export function nodeIO(cwd: string = process.cwd()): CliIO {
  quietOnClosedPipe();
  return {
    cwd,
    stdout: (text) => {
      process.stdout.write(escapeControls(text.endsWith('\n') ? text : `${text}\n`));
    },
    stderr: (text) => {
      process.stderr.write(escapeControls(text.endsWith('\n') ? text : `${text}\n`));
    },
    readFile: async (path) => {
      try {
        return await readFile(resolve(cwd, path), 'utf8');
      } catch (e) {
        throw new Error(fileErrorMessage('read', path, e));
      }
    },
    writeFile: async (path, text) => {
      try {
        await writeFile(resolve(cwd, path), text, 'utf8');
      } catch (e) {
        throw new Error(fileErrorMessage('write', path, e));
      }
    },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

/**
 * Control characters from a bundle (ids, names, messages) shown as `\u001b` rather than sent to
 * the terminal, so a bundle cannot move the cursor, recolour or fake an `ok:` line. Newlines and
 * tabs stay.
 * @example escapeControls('a\u001b[2Kb') // 'a\\u001b[2Kb'
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

let pipeGuarded = false;

/**
 * `promo export … | head -1`: when the reader closes the pipe, stop quietly with the usual exit
 * code for it instead of an EPIPE stack trace.
 */
function quietOnClosedPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
}

function fileErrorMessage(verb: 'read' | 'write', path: string, e: unknown): string {
  const code = (e as { code?: string }).code;
  const why =
    code === 'ENOENT'
      ? verb === 'read' ? 'no such file' : 'no such folder'
      : code === 'EISDIR' ? 'it is a folder'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : e instanceof Error ? e.message : String(e);
  return `cannot ${verb} ${path}: ${why}`;
}

/** One problem as one line: `<path> <code> <message>`, non-errors marked by their severity. */
export function formatProblem(p: Problem): string {
  const where = p.path ?? (p.row !== undefined ? `row ${p.row}` : '$');
  const severity = p.severity === 'error' ? '' : `${p.severity}: `;
  return `${where} ${p.code} ${severity}${p.message}`;
}

/** The code of the problem `readBundle` returns when the file itself cannot be read. */
export const FILE_UNREADABLE = 'file-unreadable';

/**
 * Prints a failed import: an unreadable file as one `promo <command>: …` line (through
 * `writeFileError`, e.g. stderr, when given), anything else as one line per problem.
 * @example printProblems('validate', r.problems, io.stdout, io.stderr)
 */
export function printProblems(
  command: string,
  problems: readonly Problem[],
  write: (text: string) => void,
  writeFileError: (text: string) => void = write,
): void {
  for (const p of problems) {
    if (p.code === FILE_UNREADABLE) writeFileError(`promo ${command}: ${p.message}`);
    else write(formatProblem(p));
  }
}

/**
 * Reads and imports a bundle file for a command (`-` reads stdin). A file that cannot be read
 * becomes a `file-unreadable` problem, so commands handle one kind of failure.
 * @example const r = await readBundle(args[0], io); if (!r.ok) { r.problems.forEach(p => io.stdout(formatProblem(p))); return 1 }
 */
export async function readBundle(path: string, io: CliIO, options: ImportOptions = {}): Promise<Result<Bundle>> {
  let text: string;
  try {
    text = path === '-' ? await io.readStdin() : await io.readFile(path);
  } catch (e) {
    return { ok: false, problems: [{ code: FILE_UNREADABLE, severity: 'error', message: e instanceof Error ? e.message : String(e) }] };
  }
  return importBundle(text, options);
}
