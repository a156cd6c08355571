/** Definition adapter: go to where a local variable is first bound (`set` or `foreach`). */
import type * as Monaco from 'monaco-editor/editor';
import { definition } from '../dsl/service/index.ts';
import { OffsetConverter, type EditorPosition, type EditorRange } from './convert.ts';
import type { Disposable } from './disposables.ts';
import { LANGUAGE_ID } from './language.ts';

/**
 * @example toDefinition('set a to 1\noutput a', { lineNumber: 2, column: 8 }) // { startLineNumber: 1, startColumn: 5, endLineNumber: 1, endColumn: 6 }
 */
export function toDefinition(source: string, position: EditorPosition): EditorRange | null {
  const c = new OffsetConverter(source);
  const d = definition(source, c.offset(position));
  return d ? c.range(d.start, d.end) : null;
}

export function registerDefinition(monaco: typeof Monaco): Disposable {
  return monaco.languages.registerDefinitionProvider(LANGUAGE_ID, {
    provideDefinition: (model, position) => {
      const range = toDefinition(model.getValue(), position);
      return range ? { uri: model.uri, range } : null;
    },
  });
}
