/**
 * Reads a coupon CSV from a byte stream (a File's `stream()` in the import worker, a file stream
 * in Node) piece by piece: only the unfinished last line is held as text. Each piece handed to the
 * CSV parser ends at a line break outside quotes, so a quoted code with a comma or a line break
 * never straddles two pieces.
 */
import Papa from 'papaparse';
import { CouponCsvReader, feed, type CouponCsvOutcome } from './csv-reader.ts';

/**
 * @example await readCouponStream(file.stream(), (rows) => postProgress(rows)) // { ok: true, value: rows, problems: [] }
 */
export async function readCouponStream(stream: ReadableStream<Uint8Array>, onRows?: (rowsRead: number) => void): Promise<CouponCsvOutcome> {
  const reader = new CouponCsvReader();
  const flush = (part: string) => {
    const text = part.endsWith('\r') ? part.slice(0, -1) : part;
    // Papa gives no row for an empty text; an empty line still counts as a row of the file.
    if (text === '') reader.push(['']);
    else {
      const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false });
      feed(reader, parsed.data, parsed.errors, reader.rowsRead);
    }
  };

  const decoder = new TextDecoder('utf-8');
  const bytes = stream.getReader();
  let pending = '';
  let scanned = 0;
  let inQuotes = false;
  let first = true;
  for (;;) {
    const { done, value } = await bytes.read();
    let text = done ? decoder.decode() : decoder.decode(value, { stream: true });
    if (first && text !== '') {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    pending += text;
    let safe = -1;
    for (let i = scanned; i < pending.length; i++) {
      const ch = pending.charCodeAt(i);
      if (ch === 34) inQuotes = !inQuotes; // "" inside quotes toggles twice: parity is enough
      else if (ch === 10 && !inQuotes) safe = i;
    }
    scanned = pending.length;
    if (safe >= 0) {
      flush(pending.slice(0, safe));
      pending = pending.slice(safe + 1);
      scanned = pending.length;
      onRows?.(reader.rowsRead);
    }
    if (done) break;
  }
  if (pending !== '') flush(pending);
  return reader.finish();
}
