/**
 * The ONE converter between offsets (used everywhere inside the language) and 1-based
 * line/column (shown to people). Columns count UTF-16 code units, as Monaco does.
 */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

export class LineMap {
  /** Offset of the first character of each line. */
  private readonly starts: readonly number[];

  constructor(private readonly source: string) {
    const starts = [0];
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (source.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /**
   * @example new LineMap('a\nbc').position(3) // { line: 2, column: 2 }
   */
  position(offset: number): LineColumn {
    const o = Math.max(0, Math.min(offset, this.source.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo]! + 1 };
  }

  /**
   * Inverse of `position`, clamped to the source.
   * @example new LineMap('a\nbc').offset(2, 2) // 3
   */
  offset(line: number, column: number): number {
    const l = Math.max(1, Math.min(line, this.starts.length));
    const o = this.starts[l - 1]! + Math.max(1, column) - 1;
    return Math.min(o, this.source.length);
  }

  /** Offset where the line containing `offset` starts. */
  lineStart(offset: number): number {
    return this.starts[this.position(offset).line - 1]!;
  }
}
