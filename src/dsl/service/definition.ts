import { analyze } from '../check/index.ts';
import type { Range } from '../diagnostic.ts';
import { identifierAt } from './node-at.ts';

/**
 * Where the local variable under the cursor is first bound (its first `set`, or its `foreach`).
 * Inputs and members have no definition in the script: null.
 * @example definition('set a to 1\noutput a', 18) // { start: 4, end: 5 }
 */
export function definition(source: string, offset: number): Range | null {
  const analysis = analyze(source);
  const hit = identifierAt(analysis.program, offset);
  if (!hit) return null;
  const symbol = analysis.context.references.get(hit.id);
  if (symbol?.kind !== 'variable') return null;
  const first = symbol.definitions[0];
  return first ? { start: first.start, end: first.end } : null;
}
