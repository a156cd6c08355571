/**
 * The coupon code store: a promotion's codes kept apart from the workspace bundle, so 1,000,000
 * codes never travel with every workspace write, and found by exact code through a key lookup.
 * Two backends implement it: IndexedDB (`coupon-db.ts`) and memory (`coupon-db-memory.ts`, tests).
 */
import type { Coupon } from '../domain/coupon.ts';
import type { CouponCsvProblem, CouponCsvRow } from '../coupons/csv-row.ts';
import type { CouponTally } from '../coupons/merge.ts';
import type { CodeSpec } from '../ui/promotions/coupon-codes.ts';

/** One stored code: keyed by [workspaceId, code] (codes are unique in a workspace, as in a bundle). */
export interface CouponRecord {
  readonly workspaceId: string;
  readonly code: string;
  readonly promotionId: string;
  /** The code's place in its promotion's list (0, 1, 2, … in the order codes arrived): pages are key ranges. */
  readonly seq: number;
  readonly coupon: Coupon;
}

/** Per promotion: how many codes, their counts, and the next free `seq`. */
export interface CouponSummaryRecord {
  readonly workspaceId: string;
  readonly promotionId: string;
  readonly nextSeq: number;
  readonly tally: CouponTally;
}

export interface MergeReport {
  readonly added: number;
  readonly updated: number;
  readonly tally: CouponTally;
}

export type MergeOutcome =
  | { readonly ok: true; readonly value: MergeReport }
  | { readonly ok: false; readonly problems: readonly CouponCsvProblem[] };

export type GenerateOutcome =
  | { readonly ok: true; readonly value: readonly string[] }
  | { readonly ok: false; readonly problems: readonly { readonly code: string; readonly severity: 'error'; readonly message: string }[] };

/** Codes a store must not take: the workspace bundle's own `coupons` (code → promotion id). */
export type ReservedCodes = ReadonlyMap<string, string>;

export interface CouponStore {
  /** Counts of a promotion's stored codes (all zero when it has none). */
  tally(workspaceId: string, promotionId: string): Promise<CouponTally>;
  /** Up to `count` codes of the promotion from position `start`, in arrival order. */
  page(workspaceId: string, promotionId: string, start: number, count: number): Promise<readonly Coupon[]>;
  /** The stored code exactly equal to `code` (case-sensitive, spaces count), of any promotion. */
  find(workspaceId: string, code: string): Promise<Coupon | undefined>;
  /** The stored codes among `codes` (what an evaluation needs for the codes a basket entered). */
  findMany(workspaceId: string, codes: readonly string[]): Promise<readonly Coupon[]>;
  /**
   * Applies checked CSV rows to the promotion's codes, all or nothing: a row whose code belongs
   * to another promotion (stored or reserved) rejects the whole file and nothing is written.
   */
  merge(workspaceId: string, promotionId: string, rows: readonly CouponCsvRow[], reserved: ReservedCodes, onProgress?: (done: number) => void): Promise<MergeOutcome>;
  /** Adds `spec.count` new codes, none equal to a stored or reserved code; all or nothing. */
  generate(workspaceId: string, promotionId: string, spec: CodeSpec, reserved: ReservedCodes, random?: () => number): Promise<GenerateOutcome>;
  /** Forgets a promotion's codes (the promotion was deleted). */
  removePromotion(workspaceId: string, promotionId: string): Promise<void>;
}
