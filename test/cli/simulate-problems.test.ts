import { describe, expect, it } from 'vitest';
import { command } from '../../src/cli/commands/simulate.ts';
import type { ReplayReport } from '../../src/replay/index.ts';
import { realFileIO, tempFiles } from '../support/cli-files.ts';
import { handMadeHistory } from '../support/replay-factories.ts';

const CSV = [
  'orderId,at,customerId,productId,quantity,unitPrice',
  'k1,2026-01-10T15:00:00-05:00,c1,A,1,30.00',
  'k2,2026-01-11T15:00:00-05:00,c2,A,1,30.0O',
  'k2,,,B,1,40.00',
].join('\n');

function files(): string {
  return tempFiles({ 'bundle.json': JSON.stringify(handMadeHistory().bundle), 'history.csv': CSV });
}

describe('promo simulate: bad input', () => {
  it('lists row problems and stops unless told to skip the bad orders', async () => {
    const io = realFileIO(files());
    expect(await command.run(['--bundle', 'bundle.json', '--orders', 'history.csv', '--solver', 'reference'], io)).toBe(1);
    expect(io.err[0]).toBe('history.csv: invalid-value: row 3, column unitPrice: "30.0O" is not a decimal amount such as "12.50"');
    expect(io.err[1]).toBe('history.csv: 1 problems in 1 rows; 1 orders have a bad row and are left out');
    expect(io.err[2]).toMatch(/--skip-bad-orders/);
    expect(io.written.size).toBe(0);
  });

  it('replays the good orders with --skip-bad-orders', async () => {
    const io = realFileIO(files());
    expect(await command.run(['--bundle', 'bundle.json', '--orders', 'history.csv', '--solver', 'reference', '--skip-bad-orders', '--out', 'r.json'], io)).toBe(0);
    const report = JSON.parse(io.written.get('r.json')!) as ReplayReport;
    expect(report.totals.orders).toBe(1);
    expect(report.totals.saving).toBe('5.00');
  });

  it.each([
    [['--orders', 'history.csv'], '--bundle and --orders are required'],
    [['--bundle', 'bundle.json', '--orders', 'history.txt'], 'cannot tell the format of history.txt'],
    [['--bundle', 'bundle.json', '--orders', 'history.csv', '--workers', '0'], '--workers must be a whole number from 1 to 64'],
    [['--bundle', 'bundle.json', '--orders', 'history.csv', '--format', 'xml'], '--format must be json or csv'],
  ])('usage error %j → exit 2', async (args, message) => {
    const io = realFileIO(files());
    expect(await command.run(args, io)).toBe(2);
    expect(io.err[0]).toContain(message);
  });

  it('names a missing history file', async () => {
    const io = realFileIO(files());
    expect(await command.run(['--bundle', 'bundle.json', '--orders', 'nope.csv'], io)).toBe(1);
    expect(io.err).toEqual(['promo simulate: cannot read nope.csv: no such file']);
  });
});
