/**
 * Hand-built replay reports and per-order outcomes for the report and compare views' tests. The
 * figures are written out, not computed: a test states what it expects.
 */
import { REPLAY_REPORT_FORMAT, REPLAY_REPORT_VERSION, type Figures, type OrderOutcome, type PromotionFigures, type ReplayReport } from '../../src/replay/types.ts';
import type { ComparedRun } from '../../src/ui/history/compare-runs.ts';

const noFigures: Figures = { orders: 0, ordersWithSaving: 0, gross: '0.00', customerPriceSaving: '0.00', saving: '0.00', net: '0.00', savingRate: '0.00' };

/** One promotion's row; only what a test names differs from an idle promotion. */
export function promotionFigures(promotionId: string, overrides: Partial<PromotionFigures> = {}): PromotionFigures {
  return {
    promotionId, name: promotionId, orders: 0, applications: 0, units: 0, saving: '0.00', averageSavingPerOrder: '0.00', shareOfSaving: '0.00',
    limitHits: 0, limitHitsByKind: { limitReached: 0, budgetExhausted: 0, budgetCapped: 0 },
    ...overrides,
  };
}

/** An empty USD report of a history with fingerprint `h1`, with the given promotions. */
export function replayReport(overrides: Partial<ReplayReport> = {}): ReplayReport {
  return {
    format: REPLAY_REPORT_FORMAT, formatVersion: REPLAY_REPORT_VERSION, currency: 'USD', timeZone: 'America/Toronto',
    bundle: { name: 'Sim', revision: 'rev-1' }, history: { fingerprint: 'h1', orders: 0 }, solver: 'reference',
    sharding: { kind: 'single', shards: 1 }, notes: [], totals: { ...noFigures, lines: 0, units: 0 },
    promotions: [], byOutlet: [], byChannel: [], byDay: [], histogram: [], topN: 20, topDiscounts: [], notOptimalOrders: 0, failedOrders: 0,
    ...overrides,
  };
}

/**
 * One order's outcome: `applied` as `[promotionId, saving, applications?]`, the order's `saving` as
 * the test writes it; gross and net are 20.00 unless `overrides` say otherwise.
 */
export function outcome(orderId: string, saving: string, applied: readonly (readonly [string, string, number?])[] = [], overrides: Partial<OrderOutcome> = {}): OrderOutcome {
  return {
    orderId, customerId: 'c-1', at: '2026-01-05T10:00:00-05:00', channel: 'inStore', gross: '20.00', saving, net: '20.00',
    applied: applied.map(([promotionId, s, applications = 1]) => ({ promotionId, saving: s, applications })), limitHits: [], optimal: true,
    ...overrides,
  };
}

export const run = (label: string, outcomes: readonly OrderOutcome[], report: Partial<ReplayReport> = {}): ComparedRun => ({ label, outcomes, report: replayReport(report) });
