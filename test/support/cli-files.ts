import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CliIO } from '../../src/cli/command.ts';

/** A CliIO over real files (commands that stream files need them), with output collected. */
export interface RealFileIO extends CliIO {
  readonly out: string[];
  readonly err: string[];
  readonly written: Map<string, string>;
}

export function realFileIO(cwd: string = process.cwd()): RealFileIO {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  return {
    cwd, out, err, written,
    stdout: (t) => out.push(...t.replace(/\n$/, '').split('\n')),
    stderr: (t) => err.push(...t.replace(/\n$/, '').split('\n')),
    readFile: async (path) => {
      try {
        return written.get(path) ?? readFileSync(resolve(cwd, path), 'utf8');
      } catch {
        throw new Error(`cannot read ${path}: no such file`);
      }
    },
    writeFile: async (path, text) => void written.set(path, text),
    readStdin: async () => '',
  };
}

/** Writes `files` into a fresh temporary folder and returns its path. */
export function tempFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'promo-replay-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
