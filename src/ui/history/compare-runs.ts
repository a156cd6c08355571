/**
 * Two replay runs of the same order history compared: what each promotion did before and after
 * (orders, applications, saving) and which orders came out differently. Pure: the per-order
 * outcomes replay-core's `onOrder` gives go in, plain data comes out. Money is summed and compared
 * in minor units (bigint); a decimal string is parsed once with the domain's money parser, never
 * read as a float.
 */
import { tryParseMoney, type Minor } from '../../domain/money.ts';
import { problem, type Problem } from '../../domain/problem.ts';
import type { OrderOutcome, ReplayReport } from '../../replay/types.ts';

/** One side of the comparison: a run's report (currency, history, names) and its per-order outcomes. */
export interface ComparedRun {
  /** How the UI names this side, e.g. "Saved rules · 3 Nov 14:02". */
  readonly label: string;
  readonly report: ReplayReport;
  readonly outcomes: readonly OrderOutcome[];
}

/** One promotion's figures on one side. */
export interface PromotionSide {
  readonly orders: number;
  readonly applications: number;
  readonly saving: Minor;
}

export interface PromotionDelta {
  readonly promotionId: string;
  readonly name: string;
  readonly before: PromotionSide;
  readonly after: PromotionSide;
  /** after.saving − before.saving: positive when customers save more. */
  readonly delta: Minor;
  /** Present in only one run's bundle (added or removed between the revisions). */
  readonly only?: 'before' | 'after';
  readonly changed: boolean;
}

/** One applied promotion of a changed order, on one side. */
export interface OrderApplied {
  readonly promotionId: string;
  readonly saving: Minor;
  readonly applications: number;
}

export interface ChangedOrder {
  readonly orderId: string;
  readonly customerId?: string;
  readonly at: string;
  readonly savingBefore: Minor;
  readonly savingAfter: Minor;
  readonly delta: Minor;
  /** Promotions applied after, not before. */
  readonly started: readonly string[];
  /** Promotions applied before, not after. */
  readonly stopped: readonly string[];
  /** Applied on both sides with a different saving or number of applications. */
  readonly moved: readonly string[];
}

export interface RunTotalsDelta {
  readonly ordersCompared: number;
  readonly savingBefore: Minor;
  readonly savingAfter: Minor;
  readonly delta: Minor;
  readonly netBefore: Minor;
  readonly netAfter: Minor;
}

export interface RunComparison {
  readonly currency: string;
  readonly totals: RunTotalsDelta;
  /** Every promotion of either run: the "before" bundle's order, then those only "after" has. */
  readonly promotions: readonly PromotionDelta[];
  /** Biggest change first (by size of the saving delta), then by time, then by order id. */
  readonly changedOrders: readonly ChangedOrder[];
}

export type CompareResult = { readonly ok: true; readonly value: RunComparison } | { readonly ok: false; readonly problems: readonly Problem[] };

interface ParsedOutcome {
  readonly outcome: OrderOutcome;
  readonly saving: Minor;
  readonly net: Minor;
  readonly applied: ReadonlyMap<string, OrderApplied>;
}

/** Parses one run's outcomes; every bad amount becomes a problem naming the side, the order and the field. */
function parseRun(run: ComparedRun, side: 'before' | 'after', problems: Problem[]): { readonly byId: Map<string, ParsedOutcome>; readonly ids: Set<string> } {
  const currency = run.report.currency;
  const byId = new Map<string, ParsedOutcome>();
  // Every order read, parsed or not: an order with a bad amount is that problem, not also "missing".
  const ids = new Set<string>();
  run.outcomes.forEach((o, i) => {
    const path = `$.${side}.outcomes[${i}]`;
    const amount = (text: string, field: string): Minor | undefined => {
      const m = tryParseMoney(text, currency);
      if (m.ok) return m.minor;
      problems.push(problem('compare-bad-amount', `${run.label}: order ${o.orderId}, ${field}: ${m.message}`, `${path}.${field}`));
      return undefined;
    };
    if (ids.has(o.orderId)) {
      problems.push(problem('compare-duplicate-order', `${run.label}: order ${o.orderId} appears twice in the run`, `${path}.orderId`));
      return;
    }
    ids.add(o.orderId);
    const saving = amount(o.saving, 'saving');
    const net = amount(o.net, 'net');
    const applied = new Map<string, OrderApplied>();
    o.applied.forEach((a, j) => {
      const s = amount(a.saving, `applied[${j}].saving`);
      if (s !== undefined) applied.set(a.promotionId, { promotionId: a.promotionId, saving: s, applications: a.applications });
    });
    if (saving !== undefined && net !== undefined) byId.set(o.orderId, { outcome: o, saving, net, applied });
  });
  return { byId, ids };
}

/** The first refusal that makes a comparison meaningless: another currency, another history. */
function refusals(before: ComparedRun, after: ComparedRun): Problem[] {
  const out: Problem[] = [];
  if (before.report.currency !== after.report.currency) {
    out.push(problem('compare-currency-differs', `"${before.label}" is in ${before.report.currency}, "${after.label}" in ${after.report.currency}: amounts cannot be compared`, '$.after.report.currency'));
  }
  if (before.report.history.fingerprint !== after.report.history.fingerprint) {
    out.push(
      problem(
        'compare-history-differs',
        `"${before.label}" and "${after.label}" replayed different order histories (${before.report.history.orders} and ${after.report.history.orders} orders): only runs of the same history compare`,
        '$.after.report.history.fingerprint',
      ),
    );
  }
  return out;
}

const zero: PromotionSide = { orders: 0, applications: 0, saving: 0n };

function sideTotals(run: Map<string, ParsedOutcome>): Map<string, PromotionSide> {
  const sums = new Map<string, PromotionSide>();
  for (const o of run.values()) {
    for (const a of o.applied.values()) {
      const s = sums.get(a.promotionId) ?? zero;
      sums.set(a.promotionId, { orders: s.orders + 1, applications: s.applications + a.applications, saving: s.saving + a.saving });
    }
  }
  return sums;
}

function promotionDeltas(before: ComparedRun, after: ComparedRun, was: Map<string, PromotionSide>, now: Map<string, PromotionSide>): PromotionDelta[] {
  const inBefore = new Map(before.report.promotions.map((p) => [p.promotionId, p.name]));
  const inAfter = new Map(after.report.promotions.map((p) => [p.promotionId, p.name]));
  const ids = [...inBefore.keys(), ...[...inAfter.keys()].filter((id) => !inBefore.has(id))];
  // An outcome may name a promotion neither report lists (a report cut short): keep it, by id.
  for (const id of [...was.keys(), ...now.keys()]) if (!ids.includes(id)) ids.push(id);
  return ids.map((promotionId) => {
    const b = was.get(promotionId) ?? zero;
    const a = now.get(promotionId) ?? zero;
    const only = inBefore.has(promotionId) && !inAfter.has(promotionId) ? 'before' : inAfter.has(promotionId) && !inBefore.has(promotionId) ? 'after' : undefined;
    const changed = a.saving !== b.saving || a.orders !== b.orders || a.applications !== b.applications || only !== undefined;
    const name = inAfter.get(promotionId) ?? inBefore.get(promotionId) ?? promotionId;
    const row = { promotionId, name, before: b, after: a, delta: a.saving - b.saving, changed };
    return only === undefined ? row : { ...row, only };
  });
}

function orderChange(b: ParsedOutcome, a: ParsedOutcome): ChangedOrder | undefined {
  const started = [...a.applied.keys()].filter((id) => !b.applied.has(id));
  const stopped = [...b.applied.keys()].filter((id) => !a.applied.has(id));
  const moved = [...a.applied.values()]
    .filter((x) => {
      const y = b.applied.get(x.promotionId);
      return y !== undefined && (y.saving !== x.saving || y.applications !== x.applications);
    })
    .map((x) => x.promotionId);
  if (a.saving === b.saving && started.length + stopped.length + moved.length === 0) return undefined;
  const o = b.outcome;
  const base = { orderId: o.orderId, at: o.at, savingBefore: b.saving, savingAfter: a.saving, delta: a.saving - b.saving, started, stopped, moved };
  return o.customerId === undefined ? base : { ...base, customerId: o.customerId };
}

const abs = (x: Minor): Minor => (x < 0n ? -x : x);

function byChangeSize(x: ChangedOrder, y: ChangedOrder): number {
  const dx = abs(x.delta);
  const dy = abs(y.delta);
  if (dx !== dy) return dx > dy ? -1 : 1;
  if (x.at !== y.at) return x.at < y.at ? -1 : 1;
  return x.orderId < y.orderId ? -1 : x.orderId > y.orderId ? 1 : 0;
}

/**
 * Compares two runs of one history. Refused (as problems) when the currencies or the histories
 * differ, when an amount does not parse, or when an order is in one run only.
 * @example compareRuns(saved, edited).value.changedOrders[0] // { orderId: 'o-17', savingBefore: 150n, savingAfter: 0n, delta: -150n, stopped: ['p-bogo'], … }
 */
export function compareRuns(before: ComparedRun, after: ComparedRun): CompareResult {
  const refused = refusals(before, after);
  if (refused.length > 0) return { ok: false, problems: refused };
  const problems: Problem[] = [];
  const { byId: was, ids: wasIds } = parseRun(before, 'before', problems);
  const { byId: now, ids: nowIds } = parseRun(after, 'after', problems);
  for (const id of wasIds) if (!nowIds.has(id)) problems.push(problem('compare-order-missing', `order ${id} is in "${before.label}" but not in "${after.label}"`, '$.after.outcomes'));
  for (const id of nowIds) if (!wasIds.has(id)) problems.push(problem('compare-order-missing', `order ${id} is in "${after.label}" but not in "${before.label}"`, '$.before.outcomes'));
  if (problems.length > 0) return { ok: false, problems };

  let savingBefore = 0n;
  let savingAfter = 0n;
  let netBefore = 0n;
  let netAfter = 0n;
  const changedOrders: ChangedOrder[] = [];
  for (const [id, b] of was) {
    const a = now.get(id)!;
    savingBefore += b.saving;
    savingAfter += a.saving;
    netBefore += b.net;
    netAfter += a.net;
    const change = orderChange(b, a);
    if (change !== undefined) changedOrders.push(change);
  }
  changedOrders.sort(byChangeSize);
  const totals = { ordersCompared: was.size, savingBefore, savingAfter, delta: savingAfter - savingBefore, netBefore, netAfter };
  return { ok: true, value: { currency: before.report.currency, totals, promotions: promotionDeltas(before, after, sideTotals(was), sideTotals(now)), changedOrders } };
}
