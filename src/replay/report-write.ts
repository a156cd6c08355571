import { formatMoney } from '../domain/index.ts';
import { formatFingerprint } from './fingerprint.ts';
import { averageOf, percentOf } from './ratios.ts';
import type { ReportAccumulator, Sums } from './report-accumulator.ts';
import {
  REPLAY_REPORT_FORMAT, REPLAY_REPORT_VERSION, type Figures, type GroupFigures, type HistogramBucket, type PromotionFigures,
  type ReplayNote, type ReplayReport,
} from './types.ts';

/**
 * Writes the versioned report: money as decimal strings of the bundle's currency, derived
 * figures (net, rates, averages, shares) computed here from the exact sums.
 * @example JSON.stringify(writeReport(acc))
 */
export function writeReport(acc: ReportAccumulator): ReplayReport {
  const id = acc.identity;
  const money = (m: bigint): string => formatMoney(m, id.currency);
  const figures = (s: Sums): Figures => ({
    orders: s.orders,
    ordersWithSaving: s.ordersWithSaving,
    gross: money(s.gross),
    customerPriceSaving: money(s.customerPriceSaving),
    saving: money(s.saving),
    net: money(s.gross - s.customerPriceSaving - s.saving),
    savingRate: percentOf(s.saving, s.gross),
  });
  const groups = (map: ReadonlyMap<string, Sums>): GroupFigures[] =>
    [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((key) => ({ key, ...figures(map.get(key)!) }));

  const names = new Map(id.promotions.map((p) => [p.id, p.name]));
  const promotions: PromotionFigures[] = [...acc.promotions].map(([promotionId, p]) => ({
    promotionId,
    name: names.get(promotionId) ?? promotionId,
    orders: p.orders,
    applications: p.applications,
    units: p.units,
    saving: money(p.saving),
    averageSavingPerOrder: money(averageOf(p.saving, p.orders)),
    shareOfSaving: percentOf(p.saving, acc.totals.saving),
    limitHits: p.limitReached + p.budgetExhausted + p.budgetCapped,
    limitHitsByKind: { limitReached: p.limitReached, budgetExhausted: p.budgetExhausted, budgetCapped: p.budgetCapped },
  }));

  const histogram: HistogramBucket[] = acc.histogram.map((b, i) => ({
    ...(i === 0 ? {} : { from: money(id.edges[i - 1]!) }),
    ...(i < id.edges.length ? { to: money(id.edges[i]!) } : {}),
    orders: b.orders,
    saving: money(b.saving),
  }));

  return {
    format: REPLAY_REPORT_FORMAT,
    formatVersion: REPLAY_REPORT_VERSION,
    currency: id.currency,
    timeZone: id.timeZone,
    bundle: { name: id.bundleName, ...(id.revision === undefined ? {} : { revision: id.revision }) },
    history: { fingerprint: formatFingerprint(acc.fingerprint), orders: acc.totals.orders },
    solver: id.solver,
    sharding: id.sharding,
    notes: [...acc.notes, ...countedNotes(acc)],
    totals: { ...figures(acc.totals), lines: acc.lines, units: acc.units },
    promotions,
    byOutlet: groups(acc.byOutlet),
    byChannel: groups(acc.byChannel),
    byDay: groups(acc.byDay),
    histogram,
    topN: id.topN,
    topDiscounts: acc.top.map((t) => ({
      orderId: t.orderId, ...(t.customerId === undefined ? {} : { customerId: t.customerId }), at: t.at,
      gross: money(t.gross), saving: money(t.saving), promotionIds: t.promotionIds,
    })),
    notOptimalOrders: acc.notOptimal,
    failedOrders: acc.failed,
  };
}

function countedNotes(acc: ReportAccumulator): ReplayNote[] {
  const notes: ReplayNote[] = [];
  if (acc.notOptimal > 0) {
    notes.push({ code: 'orders-not-optimal', orders: acc.notOptimal, message: `${acc.notOptimal} orders hit the search budget: their best deal is the best found, not proven optimal.` });
  }
  if (acc.failed > 0) {
    notes.push({ code: 'evaluation-failed', orders: acc.failed, message: `The engine failed on ${acc.failed} orders (a bug); they count with their gross and no saving.` });
  }
  return notes;
}
