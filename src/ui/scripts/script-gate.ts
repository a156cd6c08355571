/**
 * Whether Run and Save may go ahead. Both are refused while the script has errors, and while the
 * check of the current text has not come back yet (the errors it would find are not known): a
 * stored script is one the engine can compile, and a run of broken text says nothing useful.
 * The refusal is data with a sentence the view shows beside the buttons.
 */
export type ScriptGate =
  | { readonly kind: 'ready' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'errors'; readonly count: number };

/**
 * @param checkedSource the text the latest diagnostics belong to (undefined: none yet)
 * @example scriptGate('a', 'a', 2) // { kind: 'errors', count: 2 }
 */
export function scriptGate(checkedSource: string | undefined, source: string, errors: number): ScriptGate {
  if (checkedSource !== source) return { kind: 'checking' };
  return errors > 0 ? { kind: 'errors', count: errors } : { kind: 'ready' };
}

/**
 * The sentence shown when Run and Save are refused; undefined when they may go ahead.
 * @example refusal({ kind: 'errors', count: 1 }) // 'Run and Save are off until the 1 error is fixed (see Problems).'
 */
export function refusal(gate: ScriptGate): string | undefined {
  if (gate.kind === 'ready') return undefined;
  if (gate.kind === 'checking') return 'Checking the script…';
  const n = gate.count === 1 ? 'the 1 error is' : `the ${gate.count} errors are`;
  return `Run and Save are off until ${n} fixed (see Problems).`;
}
