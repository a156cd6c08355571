/**
 * Reads a coupon CSV row by row, so a caller can feed it from a stream (papaparse chunks in the
 * import worker) and a 1,000,000-line file never sits in memory as text. The file is judged as a
 * whole: any error (a bad cell, a duplicate code) rejects it, and nothing is written.
 */
import Papa from 'papaparse';
import { readHeader, readRow, type ColumnIndex, type CouponCsvProblem, type CouponCsvRow } from './csv-row.ts';

/** More problems than this are counted, not listed: a wrong file would otherwise list a million. */
export const MAX_LISTED_PROBLEMS = 200;

export type CouponCsvOutcome =
  | { readonly ok: true; readonly value: readonly CouponCsvRow[]; readonly problems: readonly CouponCsvProblem[] }
  | { readonly ok: false; readonly problems: readonly CouponCsvProblem[]; readonly unlisted: number };

/**
 * @example const r = new CouponCsvReader(); r.push(['CouponCode']); r.push(['A1']); r.finish()
 *   // { ok: true, value: [{ row: 2, code: 'A1' }], problems: [] }
 */
export class CouponCsvReader {
  private columns: ColumnIndex | undefined;
  private line = 0;
  private readonly rows: CouponCsvRow[] = [];
  /** Code → row of its first occurrence. */
  private readonly seen = new Map<string, number>();
  /** Code → every row it occurs on, for codes seen more than once. */
  private readonly duplicates = new Map<string, number[]>();
  private readonly problems: CouponCsvProblem[] = [];
  private errors = 0;
  private unlisted = 0;

  /** Rows read so far (header included), for progress. */
  get rowsRead(): number {
    return this.line;
  }

  /** The next line's fields; the first line is the header. Blank lines are skipped but counted. */
  push(fields: readonly string[]): void {
    this.line += 1;
    if (this.columns === undefined) {
      const header = readHeader(fields);
      this.columns = header.columns;
      header.problems.forEach((p) => this.report(p));
      return;
    }
    if (fields.every((f) => f.trim() === '')) return;
    const found: CouponCsvProblem[] = [];
    const row = readRow(this.columns, fields, this.line, found);
    found.forEach((p) => this.report(p));
    if (row === undefined) return;
    const first = this.seen.get(row.code);
    if (first === undefined) {
      this.seen.set(row.code, row.row);
      this.rows.push(row);
    } else {
      const rows = this.duplicates.get(row.code) ?? [first];
      rows.push(row.row);
      this.duplicates.set(row.code, rows);
    }
  }

  /** A problem from outside the rows (a malformed quote reported by the CSV parser). */
  report(p: CouponCsvProblem): void {
    if (p.severity === 'error') this.errors += 1;
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push(p);
    else this.unlisted += 1;
  }

  finish(): CouponCsvOutcome {
    if (this.columns === undefined) {
      this.report({ code: 'coupon-csv-empty-file', severity: 'error', row: 1, message: 'The file is empty: expected a header row such as CouponCode,IsActive,MaximumUsage,…' });
    }
    for (const [code, rows] of this.duplicates) {
      const shown = rows.length > 10 ? `${rows.slice(0, 10).join(', ')} and ${rows.length - 10} more` : rows.join(', ');
      this.report({ code: 'coupon-csv-duplicate-code', severity: 'error', row: rows[1]!, column: 'CouponCode', message: `Code "${code}" appears on rows ${shown}: codes must be unique within the file.` });
    }
    if (this.errors > 0) return { ok: false, problems: this.problems, unlisted: this.unlisted };
    return { ok: true, value: this.rows, problems: this.problems };
  }
}

/**
 * Reads a whole CSV text (tests, small files); the worker streams files instead.
 * @example parseCouponCsv('CouponCode,MaximumUsage\nA1,3\n') // { ok: true, value: [{ row: 2, code: 'A1', maxUses: 3 }], problems: [] }
 */
export function parseCouponCsv(text: string): CouponCsvOutcome {
  const reader = new CouponCsvReader();
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: false });
  feed(reader, parsed.data, parsed.errors, 0);
  return reader.finish();
}

/**
 * Pushes parsed lines into the reader; `offset` is how many lines earlier chunks held, so parser
 * errors name the file's row. A trailing empty line (the file's final newline) is not a row.
 */
export function feed(reader: CouponCsvReader, data: readonly string[][], errors: readonly Papa.ParseError[], offset: number): void {
  for (const e of errors) {
    const row = (e.row ?? 0) + offset + 1;
    reader.report({ code: 'coupon-csv-malformed', severity: 'error', row, message: `Row ${row}: ${e.message}.` });
  }
  for (const fields of data) reader.push(fields);
}
