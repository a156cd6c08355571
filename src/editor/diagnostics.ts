/**
 * Diagnostics adapter: checks the model's text (in the worker) after typing pauses, and shows the
 * result as markers. A result is applied only if it is for the latest request and the model is
 * still alive; anything older is dropped.
 */
import type * as Monaco from 'monaco-editor/editor';
import type { Problem, Result } from '../domain/problem.ts';
import type { Diagnostic, DiagnosticSeverity } from '../dsl/index.ts';
import { OffsetConverter, type EditorRange } from './convert.ts';
import type { Disposable } from './disposables.ts';
import { CHECK_OWNER } from './language.ts';

/** Monaco's MarkerSeverity values (Hint 1, Info 2, Warning 4, Error 8), passed in so this stays testable without Monaco. */
export interface MarkerSeverities {
  readonly Info: number;
  readonly Warning: number;
  readonly Error: number;
}

export interface Marker extends EditorRange {
  readonly severity: number;
  readonly message: string;
  readonly code: string;
  readonly source: string;
}

const severityOf = (s: DiagnosticSeverity, m: MarkerSeverities): number => (s === 'error' ? m.Error : s === 'warning' ? m.Warning : m.Info);

/**
 * Diagnostics (offsets) as Monaco marker data (line/column).
 * @example toMarkers('set x to y', [{ code: 'unknown-variable', severity: 'error', message: '…', start: 9, end: 10 }], MarkerSeverity)[0].startColumn // 10
 */
export function toMarkers(source: string, diagnostics: readonly Diagnostic[], severities: MarkerSeverities): Marker[] {
  const c = new OffsetConverter(source);
  return diagnostics.map((d) => ({
    ...c.range(d.start, d.end, true),
    severity: severityOf(d.severity, severities),
    message: d.message,
    code: d.code,
    source: 'promo',
  }));
}

/** One row of the problems list under the editor. */
export interface ProblemRow {
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly severity: DiagnosticSeverity;
  readonly message: string;
}

/**
 * @example problemRows('a\nbc', [{ code: 'unknown-variable', severity: 'error', message: 'm', start: 3, end: 4 }]) // [{ line: 2, column: 2, … }]
 */
export function problemRows(source: string, diagnostics: readonly Diagnostic[]): ProblemRow[] {
  const c = new OffsetConverter(source);
  return diagnostics.map((d) => {
    const p = c.position(d.start);
    return { line: p.lineNumber, column: p.column, code: d.code, severity: d.severity, message: d.message };
  });
}

export interface DiagnosticsOptions {
  readonly check: (source: string) => Promise<Result<readonly Diagnostic[]>>;
  /** Called with each applied result (the text it is for and its diagnostics). */
  readonly onResult?: (source: string, diagnostics: readonly Diagnostic[]) => void;
  /** The checker itself failed (a bug): the previous markers stay. */
  readonly onFailure?: (problems: readonly Problem[]) => void;
  readonly delayMs?: number;
}

/**
 * Keeps `model`'s check markers up to date: first check at once, then ~250 ms after typing stops.
 * @example store.add(attachDiagnostics(monaco, model, { check: (src) => checker.check(src, ep, env) }))
 */
export function attachDiagnostics(monaco: typeof Monaco, model: Monaco.editor.ITextModel, options: DiagnosticsOptions): Disposable & { recheck(): void } {
  const delay = options.delayMs ?? 250;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const run = () => {
    timer = undefined;
    const mine = ++generation;
    const source = model.getValue();
    options.check(source).then(
      (r) => {
        // Stale (a newer request exists), the view is gone, or the model is gone: drop it.
        if (disposed || mine !== generation || model.isDisposed()) return;
        if (!r.ok) {
          options.onFailure?.(r.problems);
          return;
        }
        monaco.editor.setModelMarkers(model, CHECK_OWNER, toMarkers(source, r.value, monaco.MarkerSeverity));
        options.onResult?.(source, r.value);
      },
      () => undefined,
    );
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, delay);
  };

  const listener = model.onDidChangeContent(schedule);
  run();
  return {
    recheck: run,
    dispose() {
      disposed = true;
      if (timer !== undefined) clearTimeout(timer);
      listener.dispose();
      if (!model.isDisposed()) monaco.editor.setModelMarkers(model, CHECK_OWNER, []);
    },
  };
}
