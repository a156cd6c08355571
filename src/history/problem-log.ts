import type { HistoryProblem, HistoryProblemCode } from './types.ts';

/**
 * Collects a reader's problems: every one is counted and passed to `onProblem`, the first `max`
 * are kept (then one `too-many-problems` marker), and rows with an error are counted once each.
 */
export class ProblemLog {
  readonly kept: HistoryProblem[] = [];
  count = 0;
  badRows = 0;
  private lastBadRow = -1;
  private overflowNoted = false;

  constructor(
    private readonly max: number,
    private readonly onProblem?: (problem: HistoryProblem) => void,
  ) {}

  add(code: HistoryProblemCode, row: number, message: string, extra: { column?: string; orderId?: string; severity?: 'error' | 'warning' } = {}): void {
    const severity = extra.severity ?? 'error';
    const p: HistoryProblem = {
      code, severity, message, row,
      ...(extra.column === undefined ? {} : { column: extra.column }),
      ...(extra.orderId === undefined ? {} : { orderId: extra.orderId }),
    };
    this.count++;
    if (severity === 'error' && row !== this.lastBadRow) {
      this.badRows++;
      this.lastBadRow = row;
    }
    this.onProblem?.(p);
    if (this.kept.length < this.max) this.kept.push(p);
    else if (!this.overflowNoted) {
      this.overflowNoted = true;
      this.kept.push({ code: 'too-many-problems', severity: 'warning', row, message: `more than ${this.max} problems; the rest are counted but not listed` });
    }
  }
}
