import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { command } from '../../src/cli/commands/simulate.ts';
import type { OrderOutcome } from '../../src/replay/index.ts';
import { realFileIO, tempFiles } from '../support/cli-files.ts';
import { handMadeHistory, replayAll } from '../support/replay-factories.ts';

const byId = (a: OrderOutcome, b: OrderOutcome): number => (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0);

// Teams check a replay order by order: `--outcomes` writes what each order got, one JSON line each.
describe('promo simulate --outcomes', () => {
  const { bundle, orders } = handMadeHistory();
  const files = () => tempFiles({ 'bundle.json': JSON.stringify(bundle), 'history.jsonl': orders.map((o) => JSON.stringify(o)).join('\n') });

  it.each([1, 2])('with %i worker thread(s), one line per order, equal to the replay\'s outcomes', async (workers) => {
    const dir = files();
    const io = realFileIO(dir);
    const code = await command.run(['--bundle', 'bundle.json', '--orders', 'history.jsonl', '--solver', 'reference', '--workers', String(workers), '--out', 'report.json', '--outcomes', 'outcomes.jsonl'], io);
    expect(code, io.err.join('\n')).toBe(0);
    const lines = readFileSync(join(dir, 'outcomes.jsonl'), 'utf8').trimEnd().split('\n');
    const written = lines.map((l) => JSON.parse(l) as OrderOutcome);
    const { outcomes } = await replayAll(bundle, orders);
    expect([...written].sort(byId)).toEqual([...outcomes].sort(byId));
    // Not vacuous: the history has savings and limit hits to report.
    expect(written.some((o) => o.limitHits.length > 0)).toBe(true);
  }, 120_000);

  it.each([
    ['with --redis', ['--redis', 'redis://127.0.0.1:1'], 2, /--outcomes works with worker threads only/],
    ['into a folder that does not exist', [], 1, /cannot write no-such-dir\/o\.jsonl/],
  ])('refuses %s and says why', async (_name, extra, exit, message) => {
    const io = realFileIO(files());
    const outcomes = extra.length === 0 ? 'no-such-dir/o.jsonl' : 'o.jsonl';
    const code = await command.run(['--bundle', 'bundle.json', '--orders', 'history.jsonl', '--outcomes', outcomes, ...extra], io);
    expect(code).toBe(exit);
    expect(io.err.join('\n')).toMatch(message);
  });
});
