/**
 * A small writer of mixed-integer programs in CPLEX LP text (what the `highs` package reads).
 * Coefficients are integers (minor units, counts): the model never holds a fractional amount, so
 * HiGHS's double arithmetic is exact for them as long as they stay far below 2^53 (checked here).
 */

/** A linear expression: variable name → integer coefficient. */
export type Terms = Map<string, number>;

export type Sense = '<=' | '>=' | '=';
export type VarKind = 'binary' | 'integer' | 'continuous';

const SAFE = 2 ** 50;

function checkInt(x: number, what: string): number {
  if (!Number.isSafeInteger(x) || Math.abs(x) >= SAFE) throw new Error(`milp: ${what} ${x} is not an integer well below 2^53`);
  return x;
}

/** `b` bigint minor units → number, refusing anything that would not stay exact in a double. */
export const exact = (b: bigint, what = 'amount'): number => checkInt(Number(b), what);

/** Builds `Σ coef·var` incrementally; adding the same variable twice sums its coefficients. */
export function terms(...pairs: readonly (readonly [string, number])[]): Terms {
  const t: Terms = new Map();
  for (const [v, c] of pairs) add(t, v, c);
  return t;
}

export function add(t: Terms, v: string, c: number): Terms {
  if (c === 0) return t;
  const next = (t.get(v) ?? 0) + checkInt(c, `coefficient of ${v}`);
  if (next === 0) t.delete(v);
  else t.set(v, next);
  return t;
}

export function addAll(t: Terms, other: Terms, scale = 1): Terms {
  for (const [v, c] of other) add(t, v, c * scale);
  return t;
}

interface Row { readonly terms: Terms; readonly sense: Sense; readonly rhs: number }

export class LpModel {
  private readonly kinds = new Map<string, VarKind>();
  private readonly upper = new Map<string, number>();
  private readonly lower = new Map<string, number>();
  private readonly rows: Row[] = [];
  readonly objective: Terms = new Map();

  /** Declares a variable (≥ 0 unless `lower` says otherwise); returns its name. */
  variable(name: string, kind: VarKind, bounds: { lower?: number; upper?: number } = {}): string {
    if (this.kinds.has(name)) throw new Error(`milp: variable ${name} declared twice`);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`milp: bad variable name ${name}`);
    this.kinds.set(name, kind);
    if (bounds.upper !== undefined) this.upper.set(name, checkInt(bounds.upper, `upper bound of ${name}`));
    if (bounds.lower !== undefined) this.lower.set(name, checkInt(bounds.lower, `lower bound of ${name}`));
    return name;
  }

  has(name: string): boolean {
    return this.kinds.has(name);
  }

  /** Adds `terms sense rhs`; a row without variables is checked here instead (it must hold). */
  constrain(t: Terms, sense: Sense, rhs: number): void {
    checkInt(rhs, 'right-hand side');
    for (const v of t.keys()) if (!this.kinds.has(v)) throw new Error(`milp: undeclared variable ${v}`);
    if (t.size === 0) {
      const ok = sense === '<=' ? 0 <= rhs : sense === '>=' ? 0 >= rhs : rhs === 0;
      if (!ok) throw new Error(`milp: empty row 0 ${sense} ${rhs} cannot hold`);
      return;
    }
    this.rows.push({ terms: new Map(t), sense, rhs });
  }

  get size(): { readonly variables: number; readonly rows: number } {
    return { variables: this.kinds.size, rows: this.rows.length };
  }

  /** The model as CPLEX LP text, maximising the objective. */
  toLp(): string {
    const out: string[] = ['Maximize', ` obj: ${expr(this.objective.size === 0 ? new Map([[this.firstVar(), 0]]) : this.objective)}`, 'Subject To'];
    this.rows.forEach((r, i) => out.push(` c${i}: ${expr(r.terms)} ${r.sense} ${r.rhs}`));
    out.push('Bounds');
    for (const [v, kind] of this.kinds) {
      const lo = this.lower.get(v) ?? 0;
      const hi = kind === 'binary' ? Math.min(1, this.upper.get(v) ?? 1) : this.upper.get(v);
      if (lo === -Infinity) out.push(` ${v} free`);
      else if (hi === undefined) { if (lo !== 0) out.push(` ${v} >= ${lo}`); }
      else out.push(` ${lo} <= ${v} <= ${hi}`);
    }
    const ints = [...this.kinds].filter(([, k]) => k !== 'continuous').map(([v]) => v);
    if (ints.length > 0) out.push('Generals', ...chunk(ints));
    out.push('End');
    return out.join('\n');
  }

  private firstVar(): string {
    const v = this.kinds.keys().next();
    if (v.done === true) throw new Error('milp: empty model');
    return v.value;
  }
}

// LP readers limit line length: break long expressions over several lines.
function expr(t: Terms): string {
  const parts: string[] = [];
  let first = true;
  for (const [v, c] of t) {
    const sign = c < 0 ? '-' : first ? '' : '+';
    const mag = Math.abs(c);
    parts.push(`${sign} ${mag === 1 ? '' : `${mag} `}${v}`.trim());
    first = false;
  }
  return chunk(parts, 12).join('\n  ');
}

function chunk(xs: readonly string[], n = 16): string[] {
  const out: string[] = [];
  for (let i = 0; i < xs.length; i += n) out.push(` ${xs.slice(i, i + n).join(' ')}`);
  return out;
}
