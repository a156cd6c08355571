import { describe, expect, it } from 'vitest';
import { loadComparedRuns } from '../../../src/ui/history/load-compared-runs.ts';
import { fakeReport, runMeta } from '../../support/history-db-factories.ts';

const outcome = (orderId: string, saving: string) => ({ orderId, at: '2026-01-01T10:00:00Z', channel: 'inStore', gross: '5.00', saving, net: '5.00', applied: [], limitHits: [], optimal: true });
const db = {
  readOutcomes: async (runId: string) => (runId === 'new' ? [outcome('o1', '1.00')] : [outcome('o1', '0.00')]),
};

describe('loading two runs to compare', () => {
  it('the older run is "before", whichever order they were picked in; each side carries its outcomes', async () => {
    const older = runMeta('old', 'h1', { startedAt: '2026-11-01T10:00:00Z', report: fakeReport(1) });
    const newer = runMeta('new', 'h1', { startedAt: '2026-11-02T10:00:00Z', report: fakeReport(1, '1.00'), bundle: { name: 'Edited', revision: 'abcdef123', input: {} } });
    const r = await loadComparedRuns(db, [newer, older]);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value.before.run.id).toBe('old');
    expect(r.value.after.outcomes).toEqual([outcome('o1', '1.00')]);
    expect(r.value.after.label).toMatch(/^Edited · rev abcdef1 · 2 Nov 2026/);
  });

  it.each([
    ['runs of two histories', runMeta('a', 'h1', { report: fakeReport(1) }), runMeta('b', 'h2', { report: fakeReport(1) }), 'compare-different-histories'],
    ['a run without a report', runMeta('a', 'h1'), runMeta('b', 'h1', { report: fakeReport(1) }), 'compare-no-report'],
  ] as const)('refuses %s', async (_, a, b, code) => {
    expect(await loadComparedRuns(db, [a, b])).toMatchObject({ ok: false, problems: [{ code }] });
  });
});
