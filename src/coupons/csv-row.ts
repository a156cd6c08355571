/**
 * One data row of a coupon CSV (SPEC §11) read into what the file says about a code. A field the
 * file leaves out (no column, or an empty cell) stays `undefined` here: what that means depends on
 * whether the code already exists, which only the merge knows (`merge.ts`).
 */
import { isRealDateTime } from '../domain/primitives.ts';
import type { Problem } from '../domain/problem.ts';

/** The SPEC's columns, in the order exports write them. */
export const COUPON_COLUMNS = ['CouponCode', 'IsActive', 'MaximumUsage', 'UsageCount', 'FirstUsage', 'LastUsage'] as const;
export type CouponColumn = (typeof COUPON_COLUMNS)[number];
/** Written by exports for people reading the file; ignored on import (it is derived, not data). */
export const STATUS_COLUMN = 'Status';

/** A CSV problem names the 1-based line of the file (the header is row 1) and the column. */
export interface CouponCsvProblem extends Problem {
  readonly row: number;
  readonly column?: string;
}

/** What one row says; `null` maxUses = unlimited (written `unlimited`). */
export interface CouponCsvRow {
  readonly row: number;
  readonly code: string;
  readonly active?: boolean;
  readonly maxUses?: number | null;
  readonly usageCount?: number;
  /** `null`: the cell is present and empty, so the bound is removed; `undefined`: no such column. */
  readonly firstUsage?: string | null;
  readonly lastUsage?: string | null;
}

/** Column name → index in the row's fields. */
export type ColumnIndex = ReadonlyMap<CouponColumn, number>;

const TRUE = new Set(['true', '1', 'yes', 'y']);
const FALSE = new Set(['false', '0', 'no', 'n']);

/**
 * Reads the header row: the SPEC's column names in any order and case. `CouponCode` is required;
 * an unknown column is a warning (its cells are ignored), a repeated one an error.
 * @example readHeader(['CouponCode', 'IsActive']) // { columns: Map { 'CouponCode' => 0, 'IsActive' => 1 }, problems: [] }
 */
export function readHeader(fields: readonly string[]): { readonly columns: ColumnIndex; readonly problems: readonly CouponCsvProblem[] } {
  const columns = new Map<CouponColumn, number>();
  const problems: CouponCsvProblem[] = [];
  fields.forEach((raw, index) => {
    const name = raw.trim();
    const known = COUPON_COLUMNS.find((c) => c.toLowerCase() === name.toLowerCase());
    if (known === undefined) {
      if (name.toLowerCase() !== STATUS_COLUMN.toLowerCase()) {
        problems.push({ code: 'coupon-csv-unknown-column', severity: 'warning', row: 1, column: name, message: `Row 1: column "${name}" is not a coupon column; its values are ignored (expected ${COUPON_COLUMNS.join(', ')}).` });
      }
    } else if (columns.has(known)) {
      problems.push({ code: 'coupon-csv-repeated-column', severity: 'error', row: 1, column: known, message: `Row 1: column ${known} appears twice.` });
    } else {
      columns.set(known, index);
    }
  });
  if (!columns.has('CouponCode')) {
    problems.push({ code: 'coupon-csv-missing-code-column', severity: 'error', row: 1, column: 'CouponCode', message: `Row 1: the header has no CouponCode column (expected ${COUPON_COLUMNS.join(', ')}).` });
  }
  return { columns, problems };
}

/**
 * Reads one data row; `problems` receives every bad cell, and the row comes back only when it
 * has none. Codes are kept exactly as written (they match case-sensitively, spaces count).
 * @example readRow(cols, ['SPRING-1', 'yes', '', '0', '01/03/2026', ''], 2, problems)
 *   // { row: 2, code: 'SPRING-1', active: true, usageCount: 0, firstUsage: '2026-03-01', lastUsage: null }
 */
export function readRow(columns: ColumnIndex, fields: readonly string[], row: number, problems: CouponCsvProblem[]): CouponCsvRow | undefined {
  const before = problems.length;
  const bad = (column: CouponColumn, code: string, text: string) =>
    problems.push({ code, severity: 'error', row, column, message: `Row ${row}, ${column}: ${text}` });
  const cell = (column: CouponColumn): string | undefined => {
    const i = columns.get(column);
    return i === undefined ? undefined : (fields[i] ?? '');
  };

  const code = cell('CouponCode') ?? '';
  if (code === '') bad('CouponCode', 'coupon-csv-empty-code', 'the code is empty.');
  else if (code.length > 200) bad('CouponCode', 'coupon-csv-code-too-long', `the code has ${code.length} characters; at most 200.`);
  // A stray carriage return (a file mixing line endings) would otherwise become part of the code.
  else if (/[\u0000-\u001f\u007f]/.test(code)) bad('CouponCode', 'coupon-csv-control-character', `the code ${JSON.stringify(code)} holds a control character (a line break or tab).`);

  const active = optional(cell('IsActive'), (t) => {
    const v = t.trim().toLowerCase();
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
    bad('IsActive', 'coupon-csv-bad-boolean', `"${t}" is not true or false (also accepted: 1/0, yes/no).`);
    return undefined;
  });
  const maxUses = optional(cell('MaximumUsage'), (t) =>
    t.trim().toLowerCase() === 'unlimited' ? null : count(t, (m) => bad('MaximumUsage', 'coupon-csv-bad-count', `${m} (or "unlimited").`)),
  );
  const usageCount = optional(cell('UsageCount'), (t) => count(t, (m) => bad('UsageCount', 'coupon-csv-bad-count', `${m}.`)));
  const firstUsage = dateCell(cell('FirstUsage'), (c, m) => bad('FirstUsage', c, m));
  const lastUsage = dateCell(cell('LastUsage'), (c, m) => bad('LastUsage', c, m));
  if (typeof firstUsage === 'string' && typeof lastUsage === 'string' && lastUsage < firstUsage) {
    bad('LastUsage', 'coupon-csv-dates-reversed', `the last usage date ${cell('LastUsage')} is before the first usage date ${cell('FirstUsage')}.`);
  }
  if (problems.length > before) return undefined;
  return strip({ row, code, active, maxUses, usageCount, firstUsage, lastUsage });
}

/** An absent column or an empty cell is "not given". */
function optional<T>(text: string | undefined, read: (t: string) => T | undefined): T | undefined {
  return text === undefined || text.trim() === '' ? undefined : read(text);
}

function count(text: string, fail: (message: string) => void): number | undefined {
  const t = text.trim();
  if (/^\d{1,9}$/.test(t)) return Number(t);
  fail(`"${text}" is not a whole number from 0 to 999,999,999`);
  return undefined;
}

/** DD/MM/YYYY → YYYY-MM-DD; an empty cell is `null` (no bound), an absent column `undefined`. */
function dateCell(text: string | undefined, fail: (code: string, message: string) => void): string | null | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (t === '') return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m === null) {
    fail('coupon-csv-bad-date', `"${text}" is not a date written DD/MM/YYYY.`);
    return undefined;
  }
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  if (!isRealDateTime(iso)) {
    fail('coupon-csv-unreal-date', `"${text}" is not a real calendar date.`);
    return undefined;
  }
  return iso;
}

function strip(row: { [K in keyof CouponCsvRow]: CouponCsvRow[K] | undefined }): CouponCsvRow {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (v !== undefined) out[k] = v;
  return out as unknown as CouponCsvRow;
}
