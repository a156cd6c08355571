import { describe, expect, it } from 'vitest';
import { summarize, summaryTone, type BatchRow } from '../../../src/ui/simulator/batch-rows.ts';

const done = (expectation: 'match' | 'differs' | 'none', solver: 'wasm' | 'reference' = 'wasm'): BatchRow => ({
  kind: 'done', basketId: 'x', name: 'X', promotionSaving: '0.00', net: '0.00', applied: 0, optimal: true, expectation, solver,
});
const failed: BatchRow = { kind: 'failed', basketId: 'f', name: 'F', problems: [] };
const cancelled: BatchRow = { kind: 'cancelled', basketId: 'c', name: 'C' };
const times = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);

describe('batch summary line', () => {
  it.each([
    [
      'every basket done, two differ',
      [...times(42, done('match')), ...times(2, done('differs')), ...times(2, done('none'))],
      { elapsedMs: 1234, workers: 2 },
      '42 of 44 match their expectation · 46 evaluated in 1.2 s · WASM solver · 2 workers',
    ],
    ['no basket states an expectation', [done('none')], { elapsedMs: 50, workers: 1 }, '1 evaluated in 0.1 s · WASM solver · 1 worker'],
    ['one failed', [done('match', 'reference'), failed], { elapsedMs: 300, workers: 4 }, '1 of 1 match their expectation · 2 evaluated in 0.3 s · 1 failed · reference solver · 4 workers'],
    ['both solvers were used', [done('none', 'reference'), done('none')], { elapsedMs: 0, workers: 2 }, '2 evaluated in 0.0 s · WASM and reference solvers · 2 workers'],
    [
      'cancelled part-way',
      [done('match'), done('differs'), cancelled, cancelled, cancelled],
      { elapsedMs: 400, workers: 2 },
      'Cancelled: 3 not evaluated · 1 of 2 match their expectation · 2 of 5 evaluated in 0.4 s · WASM solver · 2 workers',
    ],
    ['cancelled before anything finished', [cancelled, cancelled], { elapsedMs: 10, workers: 2 }, 'Cancelled: 2 not evaluated · 0 of 2 evaluated in 0.0 s · 2 workers'],
  ] as const)('%s', (_, rows, facts, line) => {
    expect(summarize(rows, facts)).toBe(line);
  });

  it.each([
    ['every expectation holds', [done('match'), done('none')], 'ok'],
    ['one basket differs', [done('match'), done('differs')], 'bad'],
    ['one basket failed', [done('match'), failed], 'bad'],
    ['cut short, nothing wrong so far', [done('match'), cancelled], 'cancelled'],
    ['cut short after a difference', [done('differs'), cancelled], 'bad'],
  ] as const)('tone when %s: %s', (_, rows, tone) => {
    expect(summaryTone(rows)).toBe(tone);
  });
});
