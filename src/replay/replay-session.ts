/**
 * Replays orders one by one, in replay order, carrying the ledger: `evaluate` (no explanation:
 * the cheapest path that still gives applied promotions, savings and limit outcomes) then
 * `commit`, and adds each order to the report. A session is the unit a worker keeps alive while
 * orders stream in; `replayShard` runs one over a whole shard.
 */
import type { Bundle, Order } from '../domain/index.ts';
import { commit, evaluate, type EvaluateOptions } from '../engine/index.ts';
import { formatDate, isValidTimeZone, parseInstant, toLocal } from '../engine/time/index.ts';
import { orderHash } from './fingerprint.ts';
import { histogramEdges } from './histogram.ts';
import { ReplayLedger } from './ledger.ts';
import { compareKeys } from './order-key.ts';
import { failedFiguresOf, figuresOf, outcomeOf, type OrderFigures } from './order-figures.ts';
import { ReportAccumulator } from './report-accumulator.ts';
import { writeReport } from './report-write.ts';
import type { OrderOutcome, ReplayNote, ReplayReport, ReplaySolver, ShardPlan } from './types.ts';

export interface ReplaySessionOptions {
  readonly solver: ReplaySolver;
  readonly topN?: number;
  readonly notes?: readonly ReplayNote[];
  readonly sharding?: { readonly kind: ShardPlan['kind']; readonly shards: number };
}

export const DEFAULT_TOP_N = 20;

export class ReplaySession {
  readonly ledger = new ReplayLedger();
  private readonly acc: ReportAccumulator;
  private readonly evaluateOptions: EvaluateOptions;
  private readonly zone: string;
  private lastAt = Number.NEGATIVE_INFINITY;
  private lastId = '';

  constructor(private readonly bundle: Bundle, options: ReplaySessionOptions) {
    this.zone = isValidTimeZone(bundle.timeZone) ? bundle.timeZone : 'UTC';
    // A replay keeps what applied and the limits hit, never why a deal lost the best deal: the
    // re-solves that explain it are skipped (same totals, applications and limit hits).
    this.evaluateOptions = { explainMisses: false, ...(options.solver.solveLevel === undefined ? {} : { solveLevel: options.solver.solveLevel }) };
    this.acc = new ReportAccumulator({
      currency: bundle.currency, timeZone: bundle.timeZone, bundleName: bundle.name,
      ...(bundle.revision === undefined ? {} : { revision: bundle.revision }),
      promotions: bundle.promotions.map((p) => ({ id: p.id, name: p.name })),
      solver: options.solver.name,
      sharding: options.sharding ?? { kind: 'single', shards: 1 },
      topN: options.topN ?? DEFAULT_TOP_N,
      edges: histogramEdges(bundle.currency),
    });
    for (const n of options.notes ?? []) this.acc.note(n);
  }

  /**
   * Replays the next order. Orders must come in replay order (`at`, then id): the ledger would
   * otherwise see a customer's orders in another sequence than the real one, so a late order is a
   * caller bug and throws.
   */
  run(order: Order): OrderOutcome {
    const atMs = parseInstant(order.at);
    if (atMs === undefined) throw new Error(`order ${order.id}: "${order.at}" is not an instant with offset`);
    if (compareKeys(this.lastAt, this.lastId, atMs, order.id) > 0) {
      throw new Error(`order ${order.id} (${order.at}) comes after order ${this.lastId}: orders must arrive in replay order`);
    }
    this.lastAt = atMs;
    this.lastId = order.id;
    let figures: OrderFigures;
    let failure: string | undefined;
    try {
      const view = this.ledger.viewFor(order);
      const result = evaluate(this.bundle, order, view, this.evaluateOptions);
      const next = commit(view, order, result, this.bundle);
      figures = figuresOf(order, atMs, result, this.bundle.currency);
      this.ledger.absorb(order, view, next);
    } catch (e) {
      // An engine exception is a bug; the run goes on and the report counts the order as failed.
      failure = e instanceof Error ? e.message : String(e);
      figures = failedFiguresOf(order, atMs, this.bundle.currency);
    }
    this.acc.add(figures, this.dayOf(atMs), orderHash(order));
    return outcomeOf(figures, this.bundle.currency, failure);
  }

  /**
   * The local date in the bundle's zone. Every UTC offset in use since 1972 (and every change of
   * one) is a multiple of 15 minutes, so all instants of one 15-minute UTC slot share a local
   * date; orders come in time order, so one remembered slot saves most conversions. (Histories
   * from before 1972 in a zone with an odd offset could see an order near midnight on the wrong day.)
   */
  private dayOf(atMs: number): string {
    const slot = Math.floor(atMs / 900_000);
    if (slot !== this.daySlot) {
      this.daySlot = slot;
      this.day = formatDate(toLocal(atMs, this.zone));
    }
    return this.day;
  }

  private daySlot = Number.NaN;
  private day = '';

  /** Orders replayed so far. */
  get orders(): number {
    return this.acc.totals.orders;
  }

  /** The report of everything replayed so far. */
  report(): ReplayReport {
    return writeReport(this.acc);
  }
}
