/**
 * Validation problems and diagnostics are data, never exceptions.
 * `code` is a stable kebab-case string tests assert on; `path` is a JSON path like
 * `$.promotions[3].rule.tiers[1]` (for files), `row` a 1-based CSV row.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly path?: string;
  readonly row?: number;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly problems?: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export const ok = <T>(value: T, problems?: readonly Problem[]): Result<T> =>
  problems && problems.length > 0 ? { ok: true, value, problems } : { ok: true, value };

export const fail = <T = never>(problems: readonly Problem[]): Result<T> => ({ ok: false, problems });

export const problem = (code: string, message: string, path?: string, severity: Severity = 'error'): Problem =>
  path === undefined ? { code, severity, message } : { code, severity, message, path };

/** `['promotions', 3, 'rule']` → `$.promotions[3].rule` */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}
