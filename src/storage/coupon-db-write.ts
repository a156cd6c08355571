/**
 * The two writes of the coupon store (CSV merge, code generation), written once over a small
 * transaction interface that both backends implement, so the rules are tested on the memory
 * backend and run unchanged on IndexedDB. Every write is one transaction: it commits whole or,
 * after `abort()`, leaves the previous codes as they were.
 */
import { MAX_LISTED_PROBLEMS } from '../coupons/csv-reader.ts';
import type { CouponCsvProblem, CouponCsvRow } from '../coupons/csv-row.ts';
import { EMPTY_TALLY, mergeCoupon, retally } from '../coupons/merge.ts';
import type { Coupon } from '../domain/coupon.ts';
import { checkCodeSpec, generateCodes, type CodeSpec } from '../ui/promotions/coupon-codes.ts';
import type { CouponRecord, CouponSummaryRecord, GenerateOutcome, MergeOutcome, ReservedCodes } from './coupon-db-types.ts';

/** One open readwrite transaction over a workspace's codes and one promotion's summary. */
export interface CouponTx {
  /** The stored records of `codes`, in the same order (`undefined` where there is none). */
  getMany(codes: readonly string[]): Promise<readonly (CouponRecord | undefined)[]>;
  /** Queued in the transaction; a failure aborts it. */
  put(record: CouponRecord): void;
  summary(): Promise<CouponSummaryRecord | undefined>;
  putSummary(summary: CouponSummaryRecord): void;
  /** Drops everything written in this transaction. */
  abort(): void;
}

/** Rows looked up per round trip: large enough to keep IndexedDB busy, small enough for progress. */
export const CHUNK = 2000;

/**
 * @example await mergeRows(tx, 'ws', 'p1', rows, new Map()) // { ok: true, value: { added: 2, updated: 0, tally } }
 */
export async function mergeRows(
  tx: CouponTx,
  workspaceId: string,
  promotionId: string,
  rows: readonly CouponCsvRow[],
  reserved: ReservedCodes,
  onProgress?: (done: number) => void,
): Promise<MergeOutcome> {
  const before = await tx.summary();
  let nextSeq = before?.nextSeq ?? 0;
  let tally = before?.tally ?? EMPTY_TALLY;
  let added = 0;
  const problems: CouponCsvProblem[] = [];
  let unlisted = 0;
  const refuse = (p: CouponCsvProblem) => (problems.length < MAX_LISTED_PROBLEMS ? problems.push(p) : (unlisted += 1));

  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const stored = await tx.getMany(chunk.map((r) => r.code));
    chunk.forEach((row, i) => {
      const owner = reserved.get(row.code);
      const existing = stored[i];
      if (owner !== undefined) {
        refuse({ code: 'coupon-code-in-bundle', severity: 'error', row: row.row, column: 'CouponCode', message: `Row ${row.row}, CouponCode: "${row.code}" is in the bundle's own code list (promotion ${owner}); change it there.` });
      } else if (existing !== undefined && existing.promotionId !== promotionId) {
        refuse({ code: 'coupon-code-taken', severity: 'error', row: row.row, column: 'CouponCode', message: `Row ${row.row}, CouponCode: "${row.code}" already belongs to promotion ${existing.promotionId}.` });
      }
      if (problems.length > 0) return; // the file is refused: stop queueing writes
      const coupon = mergeCoupon(existing?.coupon, row, promotionId);
      if (existing === undefined) added += 1;
      tx.put({ workspaceId, code: row.code, promotionId, seq: existing?.seq ?? nextSeq++, coupon });
      tally = retally(tally, existing?.coupon, coupon);
    });
    onProgress?.(Math.min(rows.length, start + CHUNK));
  }
  if (problems.length > 0) {
    tx.abort();
    if (unlisted > 0) problems.push({ code: 'coupon-csv-more-problems', severity: 'error', row: problems.at(-1)!.row, message: `… and ${unlisted} more rows like these.` });
    return { ok: false, problems };
  }
  tx.putSummary({ workspaceId, promotionId, nextSeq, tally });
  return { ok: true, value: { added, updated: rows.length - added, tally } };
}

/**
 * New codes for a promotion: drawn in rounds, each candidate checked against the reserved codes,
 * the codes drawn so far and the store; a taken candidate is simply drawn again.
 * @example await generateInto(tx, 'ws', 'p1', { count: 10, prefix: 'X-', length: 8, alphabet: DEFAULT_ALPHABET }, new Map())
 */
export async function generateInto(
  tx: CouponTx,
  workspaceId: string,
  promotionId: string,
  spec: CodeSpec,
  reserved: ReservedCodes,
  random?: () => number,
): Promise<GenerateOutcome> {
  const before = await tx.summary();
  const specProblems = checkCodeSpec(spec, (before?.tally.count ?? 0) + reserved.size);
  if (specProblems.length > 0) {
    tx.abort();
    return { ok: false, problems: specProblems.map((p) => ({ code: 'coupon-spec-invalid', severity: 'error', message: `${p.field}: ${p.message}` })) };
  }
  const chosen = new Set<string>();
  const avoid = new Set(reserved.keys());
  while (chosen.size < spec.count) {
    const candidates = generateCodes({ ...spec, count: spec.count - chosen.size }, avoid, random);
    const stored = await tx.getMany(candidates);
    candidates.forEach((code, i) => {
      avoid.add(code);
      if (stored[i] === undefined) chosen.add(code);
    });
  }
  let nextSeq = before?.nextSeq ?? 0;
  let tally = before?.tally ?? EMPTY_TALLY;
  for (const code of chosen) {
    const coupon: Coupon = { code, promotionId, active: true, maxUses: 1, usageCount: 0 };
    tx.put({ workspaceId, code, promotionId, seq: nextSeq++, coupon });
    tally = retally(tally, undefined, coupon);
  }
  tx.putSummary({ workspaceId, promotionId, nextSeq, tally });
  return { ok: true, value: [...chosen] };
}
