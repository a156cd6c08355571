import { problem, type Problem } from '../domain/index.ts';
import { readReport } from './report-read.ts';
import type { ReportIdentity } from './report-accumulator.ts';
import { writeReport } from './report-write.ts';
import type { MergeReportsResult, ReplayReport } from './types.ts';

/**
 * Merges two reports exactly: sums add, the biggest discounts are re-ranked, derived figures are
 * recomputed. Shard reports of one history merge into the report of the whole run. Reports of
 * different bundles (revision, promotions), currencies, zones, solvers, sharding or histogram
 * edges do not merge; the problems say which field differs.
 * @example mergeReports(shard0, shard1) // { ok: true, value: ReplayReport }
 */
export function mergeReports(a: ReplayReport, b: ReplayReport): MergeReportsResult {
  const left = readReport(a);
  const right = readReport(b);
  if (!left.ok || !right.ok) {
    return {
      ok: false,
      problems: [
        ...(left.ok ? [] : left.problems.map((p) => ({ ...p, message: `first report: ${p.message}` }))),
        ...(right.ok ? [] : right.problems.map((p) => ({ ...p, message: `second report: ${p.message}` }))),
      ],
    };
  }
  const problems = identityProblems(left.value.identity, right.value.identity);
  if (problems.length > 0) return { ok: false, problems };
  left.value.merge(right.value);
  return { ok: true, value: writeReport(left.value) };
}

function identityProblems(a: ReportIdentity, b: ReportIdentity): Problem[] {
  const out: Problem[] = [];
  const same = (what: string, path: string, x: unknown, y: unknown): void => {
    if (JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) !== JSON.stringify(y, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) {
      out.push(problem('report-mismatch', `the reports differ in ${what}: ${show(x)} vs ${show(y)}`, path));
    }
  };
  same('currency', '$.currency', a.currency, b.currency);
  same('time zone', '$.timeZone', a.timeZone, b.timeZone);
  same('bundle revision', '$.bundle.revision', a.revision ?? null, b.revision ?? null);
  same('promotions', '$.promotions', a.promotions.map((p) => p.id), b.promotions.map((p) => p.id));
  same('solver', '$.solver', a.solver, b.solver);
  same('sharding', '$.sharding', a.sharding, b.sharding);
  same('number of biggest discounts kept', '$.topN', a.topN, b.topN);
  same('histogram edges', '$.histogram', a.edges, b.edges);
  return out;
}

function show(x: unknown): string {
  const text = JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'nothing';
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
