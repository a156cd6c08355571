import { describe, expect, it } from 'vitest';
import { command } from '../../src/cli/commands/simulate.ts';
import { SAMPLE_HISTORY_FILE } from '../../scripts/history/sample-history.ts';
import type { ReplayReport } from '../../src/replay/index.ts';
import { SAMPLE_BUNDLE_FILE } from '../support/sample-files.ts';
import { realFileIO, tempFiles } from '../support/cli-files.ts';
import { figuresOnly, handMadeHistory } from '../support/replay-factories.ts';

async function simulate(args: string[], cwd?: string): Promise<{ code: number; report: ReplayReport; err: string[] }> {
  const io = realFileIO(cwd);
  const code = await command.run([...args, '--out', 'report.json'], io);
  const text = io.written.get('report.json');
  if (text === undefined) throw new Error(`no report (exit ${code}): ${io.err.join('\n')}`);
  return { code, report: JSON.parse(text) as ReplayReport, err: io.err };
}

describe('promo simulate: two worker threads give the report of one', () => {
  it('on the sample history', async () => {
    const args = ['--bundle', SAMPLE_BUNDLE_FILE, '--orders', SAMPLE_HISTORY_FILE];
    const one = await simulate([...args, '--workers', '1']);
    const two = await simulate([...args, '--workers', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.report).toEqual(one.report);
    expect(one.report.history.orders).toBe(2514);
    // The sample has total use limits and shared codes: one exact time-ordered shard, said so.
    expect(one.report.notes.map((n) => n.code)).toContain('promotion-wide-state');
    expect(two.err.at(-1)).toMatch(/^done: 2,514 orders, 8,403 lines in [\d.]+ s \(/);
  }, 600_000);

  it('on a history that shards by customer (JSON lines)', async () => {
    const { bundle, orders } = handMadeHistory();
    const dir = tempFiles({ 'bundle.json': JSON.stringify(bundle), 'history.jsonl': orders.map((o) => JSON.stringify(o)).join('\n') });
    const args = ['--bundle', 'bundle.json', '--orders', 'history.jsonl', '--solver', 'reference'];
    const one = await simulate([...args, '--workers', '1'], dir);
    const two = await simulate([...args, '--workers', '2'], dir);
    expect(two.report.sharding).toEqual({ kind: 'byCustomer', shards: 2 });
    expect(figuresOnly(two.report)).toEqual(figuresOnly(one.report));
    expect(one.report.totals.saving).toBe('39.00');
  }, 120_000);
});
