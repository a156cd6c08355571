/** Hover adapter: the language's `hover` service (Markdown from the extension-point declarations). */
import type * as Monaco from 'monaco-editor/editor';
import { hover } from '../dsl/service/index.ts';
import { OffsetConverter, type EditorPosition, type EditorRange } from './convert.ts';
import type { Disposable } from './disposables.ts';
import { LANGUAGE_ID } from './language.ts';

export interface EditorHover {
  readonly range: EditorRange;
  readonly contents: readonly { readonly value: string }[];
}

/**
 * @example toHover('extend DiscountCondition\noutput Order.Total > 1', { lineNumber: 2, column: 10 })?.contents[0].value // '**Order**: Order — …'
 */
export function toHover(source: string, position: EditorPosition): EditorHover | null {
  const c = new OffsetConverter(source);
  const h = hover(source, c.offset(position));
  return h ? { range: c.range(h.start, h.end), contents: [{ value: h.contents }] } : null;
}

export function registerHover(monaco: typeof Monaco): Disposable {
  return monaco.languages.registerHoverProvider(LANGUAGE_ID, {
    provideHover: (model, position) => {
      const h = toHover(model.getValue(), position);
      return h ? { range: h.range, contents: [...h.contents] } : null;
    },
  });
}
