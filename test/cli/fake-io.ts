import type { CliIO } from '../../src/cli/command.ts';

/** An in-memory CliIO: files in a map, output collected line by line. */
export interface FakeIO extends CliIO {
  readonly out: string[];
  readonly err: string[];
  readonly files: Map<string, string>;
}

export function makeFakeIO(files: Record<string, string> = {}, stdin = ''): FakeIO {
  const map = new Map(Object.entries(files));
  const out: string[] = [];
  const err: string[] = [];
  return {
    cwd: '/fake',
    out,
    err,
    files: map,
    stdout: (t) => out.push(...t.replace(/\n$/, '').split('\n')),
    stderr: (t) => err.push(...t.replace(/\n$/, '').split('\n')),
    readFile: async (path) => {
      const text = map.get(path);
      if (text === undefined) throw new Error(`cannot read ${path}: no such file`);
      return text;
    },
    writeFile: async (path, text) => {
      map.set(path, text);
    },
    readStdin: async () => stdin,
  };
}
