/**
 * The ONE place where the editor turns the language's offsets into Monaco's 1-based
 * line/column positions and back. It goes through `LineMap` (src/dsl/location.ts) only, so the
 * editor and the language agree on line ends and UTF-16 columns.
 */
import { LineMap } from '../dsl/location.ts';

/** Monaco's `IPosition`, declared structurally so this file never imports Monaco. */
export interface EditorPosition {
  readonly lineNumber: number;
  readonly column: number;
}

/** Monaco's `IRange`, declared structurally. */
export interface EditorRange {
  readonly startLineNumber: number;
  readonly startColumn: number;
  readonly endLineNumber: number;
  readonly endColumn: number;
}

/**
 * Converts between offsets of one source text and editor positions.
 * @example const c = new OffsetConverter('a\nbc'); c.position(3) // { lineNumber: 2, column: 2 }
 */
export class OffsetConverter {
  private readonly map: LineMap;

  constructor(readonly source: string) {
    this.map = new LineMap(source);
  }

  /** @example new OffsetConverter('a\nbc').position(3) // { lineNumber: 2, column: 2 } */
  position(offset: number): EditorPosition {
    const p = this.map.position(offset);
    return { lineNumber: p.line, column: p.column };
  }

  /** @example new OffsetConverter('a\nbc').offset({ lineNumber: 2, column: 2 }) // 3 */
  offset(position: EditorPosition): number {
    return this.map.offset(position.lineNumber, position.column);
  }

  /**
   * A half-open offset range as an editor range. An empty range (a missing token at the end of a
   * line) is widened by one character when there is one, so a squiggle stays visible.
   * @example new OffsetConverter('set x').range(4, 5) // { startLineNumber: 1, startColumn: 5, endLineNumber: 1, endColumn: 6 }
   */
  range(start: number, end: number, widenEmpty = false): EditorRange {
    let e = end;
    if (widenEmpty && e <= start && start < this.source.length && !/[\r\n]/.test(this.source[start]!)) e = start + 1;
    const s = this.position(start);
    const f = this.position(Math.max(start, e));
    return { startLineNumber: s.lineNumber, startColumn: s.column, endLineNumber: f.lineNumber, endColumn: f.column };
  }
}
