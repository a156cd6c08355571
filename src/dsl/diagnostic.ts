import type { DiagnosticCode } from './diagnostic-codes.ts';

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** A finding about a script, as data; `[start, end)` are offsets into the source. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: DiagnosticSeverity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export interface Range {
  readonly start: number;
  readonly end: number;
}

export const diagnostic = (
  code: DiagnosticCode,
  message: string,
  range: Range,
  severity: DiagnosticSeverity = 'error',
): Diagnostic => ({ code, severity, message, start: range.start, end: range.end });

/** Sorts by position, then errors before warnings, so output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...list].sort((a, b) => a.start - b.start || a.end - b.end || rank[a.severity] - rank[b.severity]);
}
