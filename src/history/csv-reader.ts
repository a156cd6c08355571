/**
 * The CSV side of the history reader. Text arrives in chunks that may end anywhere, even inside a
 * quoted field; the reader cuts each chunk after its last newline outside quotes, hands the
 * complete rows to papaparse, and keeps the tail for the next chunk. Memory stays bounded by the
 * longest row plus one chunk.
 */
import Papa from 'papaparse';
import { columnOf, REQUIRED_COLUMNS, type HistoryColumn } from './columns.ts';
import { CsvOrderGrouper } from './csv-orders.ts';
import type { CustomerDirectory } from './customers.ts';
import { clip } from './fields.ts';
import type { ProblemLog } from './problem-log.ts';
import type { HistoryLimits } from './types.ts';

export class CsvHistoryReader {
  private buffer = '';
  /** How far `buffer` has been scanned for quotes, and whether that point is inside quotes. */
  private scanned = 0;
  private inQuotes = false;
  private newline: '\n' | '\r\n' | undefined;
  private started = false;
  /** Records read so far, the header included: a record's number is its `row`. */
  private records = 0;
  private columns: readonly (HistoryColumn | undefined)[] | undefined;
  private index = new Map<HistoryColumn, number>();
  /** A required column is missing: nothing after the header can be read. */
  private unreadable = false;
  rows = 0;
  readonly grouper: CsvOrderGrouper;

  constructor(currency: string, limits: HistoryLimits, private readonly log: ProblemLog, customers: CustomerDirectory) {
    this.grouper = new CsvOrderGrouper(currency, limits, log, customers);
  }

  push(chunk: string): void {
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buffer += chunk;
    let cut = -1;
    const b = this.buffer;
    let quoted = this.inQuotes;
    for (let i = this.scanned; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (c === 34) quoted = !quoted;
      else if (c === 10 && !quoted) cut = i;
    }
    this.inQuotes = quoted;
    this.scanned = b.length;
    if (cut < 0) return;
    const complete = b.slice(0, cut + 1);
    this.buffer = b.slice(cut + 1);
    this.scanned -= cut + 1;
    this.parse(complete);
  }

  end(): void {
    if (this.buffer !== '') this.parse(this.buffer);
    this.buffer = '';
    if (this.columns === undefined) {
      this.log.add('missing-column', 1, `the file is empty; the first row must name the columns (${REQUIRED_COLUMNS.join(', ')} at least)`);
    }
  }

  private parse(text: string): void {
    this.newline ??= text.includes('\r\n') ? '\r\n' : '\n';
    // Papaparse reads a trailing newline as one more empty record: drop it.
    const body = text.endsWith(this.newline) ? text.slice(0, -this.newline.length) : text.endsWith('\n') ? text.slice(0, -1) : text;
    const parsed = Papa.parse<string[]>(body, { delimiter: ',', newline: this.newline, header: false, skipEmptyLines: false });
    const broken = new Map<number, string>();
    for (const e of parsed.errors) if (e.row !== undefined && e.type === 'Quotes') broken.set(e.row, e.message);
    parsed.data.forEach((record, i) => {
      this.records++;
      this.record(record, this.records, broken.get(i));
    });
  }

  private record(record: string[], row: number, quoteError: string | undefined): void {
    if (this.columns === undefined) {
      this.header(record);
      return;
    }
    if (record.length === 1 && record[0]!.trim() === '') return; // a blank line
    this.rows++;
    if (this.unreadable) return;
    if (quoteError !== undefined) {
      this.log.add('malformed-row', row, `row ${row}: ${quoteError.toLowerCase()} (a quote opened and never closed)`);
      return;
    }
    if (record.length !== this.columns.length) {
      this.log.add('malformed-row', row, `row ${row} has ${record.length} fields; the header has ${this.columns.length}`);
      return;
    }
    const index = this.index;
    this.grouper.addRow(row, (column) => {
      const i = index.get(column);
      return i === undefined ? undefined : record[i];
    });
  }

  private header(record: string[]): void {
    this.columns = record.map((h) => columnOf(h));
    record.forEach((h, i) => {
      const column = this.columns![i];
      if (column === undefined) {
        this.log.add('unknown-column', 1, `column "${clip(h)}" is not a history column and is ignored`, { column: h, severity: 'warning' });
      } else if (this.index.has(column)) {
        this.log.add('duplicate-column', 1, `column ${column} appears twice in the header`, { column });
        this.unreadable = true;
      } else this.index.set(column, i);
    });
    for (const column of REQUIRED_COLUMNS) {
      if (!this.index.has(column)) {
        this.log.add('missing-column', 1, `the header has no ${column} column; no row can be read without it`, { column });
        this.unreadable = true;
      }
    }
  }
}
