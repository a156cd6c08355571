/**
 * Monaco state of one Scripts view: the language features, the check worker, and one model per
 * opened script (with its diagnostics). Owned by the view; `dispose` releases all of it.
 */
import type * as Monaco from 'monaco-editor/editor';
import type { Diagnostic, ScriptEnv } from '../../dsl/index.ts';
import { checkScript } from '../../dsl/index.ts';
import { ok } from '../../domain/problem.ts';
import { createCheckWorker, type ScriptChecker } from '../../editor/check-worker.ts';
import { OffsetConverter } from '../../editor/convert.ts';
import { attachDiagnostics } from '../../editor/diagnostics.ts';
import { DisposableStore } from '../../editor/disposables.ts';
import { registerLanguageFeatures } from '../../editor/language-features.ts';
import { LANGUAGE_ID, RUN_OWNER } from '../../editor/language.ts';
import type { MonacoApi } from '../../editor/load-monaco.ts';

export interface SessionCallbacks {
  readonly env: () => ScriptEnv;
  readonly extensionPointOf: (id: string) => string | undefined;
  readonly onDiagnostics: (id: string, source: string, diagnostics: readonly Diagnostic[]) => void;
  readonly onEdit: (id: string) => void;
}

/** Checks on the main thread when no worker can be started (e.g. a browser without module workers). */
function inlineChecker(): ScriptChecker {
  return { check: async (source, ep, env) => ok(checkScript(source, ep, env)), dispose() {} };
}

export class ScriptSession {
  private readonly store = new DisposableStore();
  private readonly models = new Map<string, Monaco.editor.ITextModel>();
  private readonly checker: ScriptChecker;

  constructor(
    readonly monaco: MonacoApi,
    private readonly callbacks: SessionCallbacks,
  ) {
    this.store.add(registerLanguageFeatures(monaco, callbacks.env));
    let checker: ScriptChecker;
    try {
      checker = createCheckWorker();
    } catch {
      checker = inlineChecker();
    }
    this.checker = this.store.add(checker);
  }

  /** The model of script `id`, created with `source` the first time. */
  model(id: string, source: string): Monaco.editor.ITextModel {
    const existing = this.models.get(id);
    if (existing && !existing.isDisposed()) return existing;
    const uri = this.monaco.Uri.from({ scheme: 'inmemory', path: `/scripts/${encodeURIComponent(id)}.promo` });
    const model = this.store.add(this.monaco.editor.createModel(source, LANGUAGE_ID, uri));
    model.updateOptions({ tabSize: 2, insertSpaces: true });
    this.models.set(id, model);
    this.store.add(
      model.onDidChangeContent(() => {
        this.monaco.editor.setModelMarkers(model, RUN_OWNER, []);
        this.callbacks.onEdit(id);
      }),
    );
    const diagnostics = attachDiagnostics(this.monaco, model, {
      check: (src) => this.checker.check(src, this.callbacks.extensionPointOf(id), this.callbacks.env()),
      onResult: (src, list) => this.callbacks.onDiagnostics(id, src, list),
    });
    this.store.add(diagnostics);
    this.rechecks.set(id, diagnostics.recheck);
    return model;
  }

  private readonly rechecks = new Map<string, () => void>();

  /** Checks again (after the extension point changed). */
  recheck(id: string): void {
    this.rechecks.get(id)?.();
  }

  /** Replaces the whole text as one edit, so Undo brings the old text back. */
  replaceText(id: string, text: string): void {
    const m = this.models.get(id);
    if (!m || m.isDisposed()) return;
    m.pushEditOperations([], [{ range: m.getFullModelRange(), text }], () => null);
  }

  text(id: string): string | undefined {
    const m = this.models.get(id);
    return m && !m.isDisposed() ? m.getValue() : undefined;
  }

  /** Shows (or clears, with null) a runtime error of the last Run as a marker. */
  setRunError(id: string, error: { start: number; end: number; code: string; message: string } | null): void {
    const model = this.models.get(id);
    if (!model || model.isDisposed()) return;
    const markers = error
      ? [{ ...new OffsetConverter(model.getValue()).range(error.start, error.end, true), severity: this.monaco.MarkerSeverity.Error, message: `Run: ${error.message}`, code: error.code, source: 'promo run' }]
      : [];
    this.monaco.editor.setModelMarkers(model, RUN_OWNER, markers);
  }

  dispose(): void {
    this.store.dispose();
    this.models.clear();
  }
}
