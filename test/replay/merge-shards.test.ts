import { describe, expect, it } from 'vitest';
import { mergeReports, planShards, type ReplayReport } from '../../src/replay/index.ts';
import { figuresOnly, handMadeHistory, replayAll } from '../support/replay-factories.ts';

function mergeAll(reports: readonly ReplayReport[]): ReplayReport {
  let merged = reports[0]!;
  for (const r of reports.slice(1)) {
    const m = mergeReports(merged, r);
    if (!m.ok) throw new Error(JSON.stringify(m.problems));
    merged = m.value;
  }
  return merged;
}

describe('mergeReports of customer shards equals the whole run', () => {
  it.each([2, 4, 5])('%i shards', async (n) => {
    const { bundle, orders } = handMadeHistory();
    const whole = await replayAll(bundle, orders, { topN: 4 });
    const plan = planShards(bundle, orders, { shards: n });
    expect(plan.kind).toBe('byCustomer');
    expect(plan.notes.map((x) => x.code)).toEqual(['sharded-by-customer']);
    expect(plan.shards.filter((s) => s.orders.length > 0).length).toBeGreaterThan(1);
    const parts = await Promise.all(plan.shards.map(async (s) => (await replayAll(bundle, s.orders, { topN: 4, sharding: { kind: plan.kind, shards: n }, notes: plan.notes })).report));
    const merged = mergeAll(parts);
    expect(figuresOnly(merged)).toEqual(figuresOnly(whole.report));
    expect(merged.sharding).toEqual({ kind: 'byCustomer', shards: n });
    // Merging is commutative: the other way round gives the same report.
    expect(mergeAll([...parts].reverse())).toEqual(merged);
  });

  it('refuses reports of different bundles, naming the field', async () => {
    const { bundle, orders } = handMadeHistory();
    const a = (await replayAll(bundle, orders)).report;
    const b = { ...a, currency: 'EUR', promotions: a.promotions.slice(1) };
    const m = mergeReports(a, b);
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.problems.map((p) => [p.code, p.path])).toEqual([['report-mismatch', '$.currency'], ['report-mismatch', '$.promotions']]);
  });

  it('refuses something that is not a report, with paths', () => {
    const m = mergeReports({ format: 'nope' } as unknown as ReplayReport, { format: 'nope' } as unknown as ReplayReport);
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.problems[0]!.message).toMatch(/^first report: /);
  });
});
