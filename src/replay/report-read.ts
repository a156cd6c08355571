import { schemaProblems } from '../bundle/schema-problems.ts';
import { currencyExponent, fail, ok, problem, tryParseMoney, type Problem, type Result } from '../domain/index.ts';
import { parseInstant } from '../engine/time/index.ts';
import { parseFingerprint } from './fingerprint.ts';
import { ReportAccumulator, type Sums } from './report-accumulator.ts';
import { ReplayReportSchema } from './report-schema.ts';
import type { GroupFigures, ReplayReport } from './types.ts';

/** Notes the writer derives from counts; reading drops them so they are not counted twice. */
const DERIVED = new Set(['orders-not-optimal', 'evaluation-failed']);

/**
 * Reads a written report back into an accumulator (exact: the sums are in the report; derived
 * figures are ignored and recomputed). Validates the whole report first.
 * @example readReport(JSON.parse(text)) // { ok: true, value: ReportAccumulator }
 */
export function readReport(input: unknown): Result<ReportAccumulator> {
  const parsed = ReplayReportSchema.safeParse(input);
  if (!parsed.success) return fail(schemaProblems(parsed.error.issues, input));
  const r = parsed.data as ReplayReport;
  if (currencyExponent(r.currency) === undefined) return fail([problem('report-unknown-currency', `unknown currency "${r.currency}"`, '$.currency')]);
  const problems: Problem[] = [];
  const money = (text: string, path: string): bigint => {
    const m = tryParseMoney(text, r.currency);
    if (m.ok) return m.minor;
    problems.push(problem('report-invalid-money', m.message, path));
    return 0n;
  };
  const edges = r.histogram.slice(0, -1).map((b, i) => money(b.to ?? '0', `$.histogram[${i}].to`));
  const acc = new ReportAccumulator({
    currency: r.currency, timeZone: r.timeZone, bundleName: r.bundle.name,
    ...(r.bundle.revision === undefined ? {} : { revision: r.bundle.revision }),
    promotions: r.promotions.map((p) => ({ id: p.promotionId, name: p.name })),
    solver: r.solver, sharding: r.sharding, topN: r.topN, edges,
  });
  const sums = (f: Omit<GroupFigures, 'key'>, path: string): Sums => ({
    orders: f.orders, ordersWithSaving: f.ordersWithSaving, gross: money(f.gross, `${path}.gross`),
    customerPriceSaving: money(f.customerPriceSaving, `${path}.customerPriceSaving`), saving: money(f.saving, `${path}.saving`),
  });
  Object.assign(acc.totals, sums(r.totals, '$.totals'));
  acc.lines = r.totals.lines;
  acc.units = r.totals.units;
  r.promotions.forEach((p, i) => {
    acc.promotions.set(p.promotionId, {
      orders: p.orders, applications: p.applications, units: p.units, saving: money(p.saving, `$.promotions[${i}].saving`),
      ...p.limitHitsByKind,
    });
  });
  for (const [name, map] of [['byOutlet', acc.byOutlet], ['byChannel', acc.byChannel], ['byDay', acc.byDay]] as const) {
    r[name].forEach((g, i) => map.set(g.key, sums(g, `$.${name}[${i}]`)));
  }
  r.histogram.forEach((b, i) => {
    acc.histogram[i] = { orders: b.orders, saving: money(b.saving, `$.histogram[${i}].saving`) };
  });
  acc.top = r.topDiscounts.map((t, i) => {
    const atMs = parseInstant(t.at);
    if (atMs === undefined) problems.push(problem('report-invalid-instant', `"${t.at}" is not an instant with offset`, `$.topDiscounts[${i}].at`));
    return {
      orderId: t.orderId, ...(t.customerId === undefined ? {} : { customerId: t.customerId }), at: t.at, atMs: atMs ?? 0,
      gross: money(t.gross, `$.topDiscounts[${i}].gross`), saving: money(t.saving, `$.topDiscounts[${i}].saving`), promotionIds: t.promotionIds,
    };
  });
  acc.notOptimal = r.notOptimalOrders;
  acc.failed = r.failedOrders;
  acc.fingerprint = parseFingerprint(r.history.fingerprint) ?? 0n;
  for (const n of r.notes) if (!DERIVED.has(n.code)) acc.note(n);
  return problems.length > 0 ? fail(problems) : ok(acc);
}
