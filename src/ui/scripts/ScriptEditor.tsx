import { createEffect, on, onCleanup, onMount } from 'solid-js';
import type * as Monaco from 'monaco-editor/editor';
import { DisposableStore } from '../../editor/disposables.ts';
import { themeFor } from '../../editor/themes.ts';
import type { MonacoApi } from '../../editor/load-monaco.ts';

export interface EditorHandle {
  /** Moves the cursor to a 1-based line/column, scrolls it into view and focuses the editor. */
  reveal(line: number, column: number): void;
  format(): void;
}

export interface ScriptEditorProps {
  readonly monaco: MonacoApi;
  readonly model: Monaco.editor.ITextModel;
  readonly theme: 'light' | 'dark';
  /** When set, a side-by-side diff of this saved text against the model. */
  readonly original: string | undefined;
  readonly onRun: () => void;
  readonly onSave: () => void;
  readonly ref?: (handle: EditorHandle) => void;
}

const OPTIONS: Monaco.editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  minimap: { enabled: false },
  fontSize: 13,
  lineHeight: 20,
  scrollBeyondLastLine: false,
  renderLineHighlight: 'line',
  fixedOverflowWidgets: true,
  padding: { top: 8, bottom: 8 },
  // Completion opens on the language's trigger character (`.`, see editor/completion.ts) and on
  // Ctrl+Space, not on every word typed: Enter at the end of a line then always means a new line.
  quickSuggestions: false,
  suggestOnTriggerCharacters: true,
  wordBasedSuggestions: 'off',
};

/**
 * Monaco editor (or diff editor) for one script model. The editor, its actions and the diff's
 * original model are disposed when the model or mode changes and when the component unmounts.
 */
export function ScriptEditor(props: ScriptEditorProps) {
  let host!: HTMLDivElement;
  let editor: Monaco.editor.IStandaloneCodeEditor | undefined;

  const addActions = (store: DisposableStore, target: Monaco.editor.IStandaloneCodeEditor) => {
    const { KeyMod, KeyCode } = props.monaco;
    store.add(target.addAction({ id: 'promo.run', label: 'Run script against the basket', keybindings: [KeyMod.CtrlCmd | KeyCode.Enter], run: () => props.onRun() }));
    store.add(target.addAction({ id: 'promo.save', label: 'Save script', keybindings: [KeyMod.CtrlCmd | KeyCode.KeyS], run: () => props.onSave() }));
  };

  onMount(() => {
    createEffect(
      on([() => props.model, () => props.original], ([model, saved]) => {
        const store = new DisposableStore();
        const { monaco } = props;
        if (saved !== undefined) {
          const original = store.add(monaco.editor.createModel(saved, model.getLanguageId()));
          const d = store.add(monaco.editor.createDiffEditor(host, { ...OPTIONS, renderSideBySide: true, useInlineViewWhenSpaceIsLimited: false, originalEditable: false, ariaLabel: 'Script changes' }));
          d.setModel({ original, modified: model });
          editor = d.getModifiedEditor();
          // The diff editor must go before its models.
          store.defer(() => d.setModel(null));
        } else {
          editor = store.add(monaco.editor.create(host, { ...OPTIONS, model, ariaLabel: 'Script source' }));
        }
        addActions(store, editor);
        onCleanup(() => {
          editor = undefined;
          store.dispose();
        });
      }),
    );
    createEffect(() => props.monaco.editor.setTheme(themeFor(props.theme)));
    props.ref?.({
      reveal(line, column) {
        if (!editor) return;
        editor.setPosition({ lineNumber: line, column });
        editor.revealPositionInCenterIfOutsideViewport({ lineNumber: line, column });
        editor.focus();
      },
      format() {
        void editor?.getAction('editor.action.formatDocument')?.run();
      },
    });
  });

  return <div class="script-editor-host" ref={host} />;
}
