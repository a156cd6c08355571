/**
 * The contract every `promo` sub-command implements. Each command lives in
 * `src/cli/commands/<name>.ts` and exports `command`; `main.ts` finds it by name, so commands
 * for new capabilities are added without touching the dispatcher.
 */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a file relative to `cwd`; rejects with a user-facing message when it cannot. */
  readonly readFile: (path: string) => Promise<string>;
  readonly readStdin: () => Promise<string>;
  /**
   * Writes a file relative to `cwd` (e.g. `export --out`); rejects with a user-facing message.
   * Optional so test doubles that never write need not provide it.
   */
  readonly writeFile?: (path: string, text: string) => Promise<void>;
  readonly cwd: string;
}

export interface CliCommand {
  /** One line for `promo help`. */
  readonly summary: string;
  /** Usage line(s), printed on a usage error. */
  readonly usage: string;
  /**
   * Runs the command and returns the exit code. User errors (bad input, bad flags) print one
   * clear line to stderr and return non-zero; they never throw.
   */
  run(args: readonly string[], io: CliIO): Promise<number>;
}
