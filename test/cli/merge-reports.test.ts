import { describe, expect, it } from 'vitest';
import { command } from '../../src/cli/commands/merge-reports.ts';
import { planShards, type ReplayReport } from '../../src/replay/index.ts';
import { makeFakeIO } from './fake-io.ts';
import { figuresOnly, handMadeHistory, replayAll } from '../support/replay-factories.ts';

async function shardReports(): Promise<{ whole: ReplayReport; parts: ReplayReport[] }> {
  const { bundle, orders } = handMadeHistory();
  const whole = (await replayAll(bundle, orders)).report;
  const plan = planShards(bundle, orders, { shards: 2 });
  const parts = await Promise.all(plan.shards.map(async (s) => (await replayAll(bundle, s.orders, { sharding: { kind: plan.kind, shards: 2 }, notes: plan.notes })).report));
  return { whole, parts };
}

describe('promo merge-reports', () => {
  it('merges shard reports into the report of the whole history', async () => {
    const { whole, parts } = await shardReports();
    const io = makeFakeIO({ 'a.json': JSON.stringify(parts[0]), 'b.json': JSON.stringify(parts[1]) });
    expect(await command.run(['a.json', 'b.json', '--out', 'm.json'], io)).toBe(0);
    expect(figuresOnly(JSON.parse(io.files.get('m.json')!) as ReplayReport)).toEqual(figuresOnly(whole));
    expect(io.err).toEqual(['merged 2 reports: 9 orders, saving 39.00 USD']);
  });

  it('refuses a file that is not a report, naming file and path', async () => {
    const { parts } = await shardReports();
    const io = makeFakeIO({ 'a.json': JSON.stringify(parts[0]), 'b.json': '{"format":"other"}' });
    expect(await command.run(['a.json', 'b.json'], io)).toBe(1);
    expect(io.err[0]).toMatch(/^b\.json: \$\.format /);
  });

  it('refuses reports of different bundles', async () => {
    const { parts } = await shardReports();
    const other = { ...parts[1]!, bundle: { ...parts[1]!.bundle, revision: 'f'.repeat(64) } };
    const io = makeFakeIO({ 'a.json': JSON.stringify(parts[0]), 'b.json': JSON.stringify(other) });
    expect(await command.run(['a.json', 'b.json'], io)).toBe(1);
    expect(io.err[0]).toMatch(/^b\.json: \$\.bundle\.revision report-mismatch the reports differ in bundle revision/);
  });
});
