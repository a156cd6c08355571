import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_HISTORY_FILE, sampleHistoryCsv } from '../../scripts/history/sample-history.ts';
import { readSampleBundle } from '../support/sample-files.ts';
import { readHistory } from '../support/history-factories.ts';

describe('sample order history', () => {
  const bundle = readSampleBundle();
  const text = readFileSync(SAMPLE_HISTORY_FILE, 'utf8');

  it('is committed and up to date (run `npx tsx scripts/history/make-sample-history.ts`)', () => {
    expect(text === sampleHistoryCsv(bundle)).toBe(true);
  });

  it('stays under 2 MB and reads without a problem', () => {
    expect(Buffer.byteLength(text)).toBeLessThan(2 * 1024 * 1024);
    const r = readHistory(text, { customers: bundle.customers }, 64 * 1024);
    expect(r.problems).toEqual([]);
    expect(r.counts.orders).toBeGreaterThan(2000);
    expect(new Set(r.orders.map((o) => o.at.slice(0, 7)))).toEqual(new Set(['2026-02', '2026-03', '2026-04']));
  });
});
