/** Formatting adapter: Format Document replaces the text with the language's canonical layout. */
import type * as Monaco from 'monaco-editor/editor';
import { format } from '../dsl/service/index.ts';
import { OffsetConverter, type EditorRange } from './convert.ts';
import type { Disposable } from './disposables.ts';
import { LANGUAGE_ID } from './language.ts';

export interface EditorTextEdit {
  readonly range: EditorRange;
  readonly text: string;
}

/**
 * One whole-document edit, or none when the text is already formatted (or has syntax errors,
 * which the formatter leaves alone).
 * @example toFormattingEdits('if x=1 then\nset y to 2\nend') // [{ range: …whole text…, text: 'if x = 1 then\n  set y to 2\nend\n' }]
 */
export function toFormattingEdits(source: string): EditorTextEdit[] {
  const text = format(source);
  return text === source ? [] : [{ range: new OffsetConverter(source).range(0, source.length), text }];
}

export function registerFormatting(monaco: typeof Monaco): Disposable {
  return monaco.languages.registerDocumentFormattingEditProvider(LANGUAGE_ID, {
    displayName: 'Promo script',
    provideDocumentFormattingEdits: (model) => toFormattingEdits(model.getValue()),
  });
}
