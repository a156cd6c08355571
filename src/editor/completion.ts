/** Completion adapter: the language's `complete` service as a Monaco completion provider. */
import type * as Monaco from 'monaco-editor/editor';
import type { ScriptEnv } from '../dsl/index.ts';
import { complete, type CompletionItem, type CompletionKind } from '../dsl/service/index.ts';
import { OffsetConverter, type EditorPosition, type EditorRange } from './convert.ts';
import type { Disposable } from './disposables.ts';
import { LANGUAGE_ID } from './language.ts';

/** The subset of Monaco's CompletionItemKind enum used here, passed in so this stays testable without Monaco. */
export interface CompletionKinds {
  readonly Keyword: number;
  readonly Variable: number;
  readonly Constant: number;
  readonly Field: number;
  readonly Property: number;
  readonly Interface: number;
}

const KIND: Readonly<Record<CompletionKind, keyof CompletionKinds>> = {
  keyword: 'Keyword',
  variable: 'Variable',
  input: 'Constant',
  member: 'Field',
  customField: 'Property',
  extensionPoint: 'Interface',
};

export interface EditorCompletion {
  readonly label: string;
  readonly kind: number;
  readonly detail?: string;
  readonly documentation?: { readonly value: string };
  readonly insertText: string;
  readonly range: EditorRange;
  /** Keeps the language's order: keywords, inputs, then variables. */
  readonly sortText: string;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Completions at `position`, each replacing the word typed so far.
 * @example toCompletions('output Order.Su', { lineNumber: 1, column: 16 }, {}, CompletionItemKind)[0].label // 'Subtotal'
 */
export function toCompletions(source: string, position: EditorPosition, env: ScriptEnv, kinds: CompletionKinds): EditorCompletion[] {
  const c = new OffsetConverter(source);
  const offset = c.offset(position);
  let wordStart = offset;
  while (wordStart > 0 && WORD_CHAR.test(source[wordStart - 1]!)) wordStart--;
  const range = c.range(wordStart, offset);
  return complete(source, offset, env).map((item: CompletionItem, i) => ({
    label: item.label,
    kind: kinds[KIND[item.kind]],
    ...(item.detail === undefined ? {} : { detail: item.detail }),
    ...(item.documentation === undefined ? {} : { documentation: { value: item.documentation } }),
    insertText: item.label,
    range,
    sortText: String(i).padStart(4, '0'),
  }));
}

/**
 * @example store.add(registerCompletion(monaco, () => env()))
 */
export function registerCompletion(monaco: typeof Monaco, env: () => ScriptEnv): Disposable {
  return monaco.languages.registerCompletionItemProvider(LANGUAGE_ID, {
    triggerCharacters: ['.'],
    provideCompletionItems(model, position) {
      return { suggestions: toCompletions(model.getValue(), position, env(), monaco.languages.CompletionItemKind) };
    },
  });
}
