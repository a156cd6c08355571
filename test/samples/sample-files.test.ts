import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BundleSchema, SavedBasketSchema } from '../../src/domain/index.ts';
import { computeRevision } from '../../src/bundle/revision.ts';
import { buildSampleFiles } from '../../scripts/sample/build.ts';
import {
  SAMPLE_BASKET_DIR, readSampleBasketJson, readSampleBaskets, readSampleBundle, readSampleBundleJson, sampleBasketFiles,
} from '../support/sample-files.ts';

/** The committed sample workspace is valid, self-consistent and what the generator produces. */

const torontoOffset = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Toronto', timeZoneName: 'longOffset' });
const offsetInToronto = (instant: string): string =>
  (torontoOffset.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? '').replace('GMT', '');

describe('sample bundle file', () => {
  it('parses with BundleSchema', () => {
    const r = BundleSchema.safeParse(readSampleBundleJson());
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });

  it('carries the revision of its own content', async () => {
    const json = readSampleBundleJson() as { revision?: string };
    expect(json.revision).toBe(await computeRevision(json));
  });

  it('is a USD workspace in America/Toronto with a 200-product catalog', () => {
    const b = readSampleBundle();
    expect([b.currency, b.timeZone]).toEqual(['USD', 'America/Toronto']);
    expect(b.products.length).toBeGreaterThanOrEqual(190);
    expect(b.baskets).toEqual([]);
  });
});

describe('sample basket files', () => {
  const bundle = readSampleBundle();
  const prices = new Map(bundle.products.map((p) => [p.id, p.price]));
  const promotionIds = new Set(bundle.promotions.map((p) => p.id));

  it.each(sampleBasketFiles())('%s parses with SavedBasketSchema', (file) => {
    const r = SavedBasketSchema.safeParse(readSampleBasketJson(file));
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });

  it.each(readSampleBaskets())('$file is named after its id and prices lines from the catalog', ({ file, basket }) => {
    expect(file).toBe(`${basket.id}.json`);
    for (const line of basket.order.lines) {
      expect(prices.has(line.productId), `${line.productId} in catalog`).toBe(true);
      expect(line.unitPrice).toBe(prices.get(line.productId));
    }
  });

  it.each(readSampleBaskets())('$file names only promotions of the bundle in its expectation', ({ basket }) => {
    const named = [...(basket.expected?.applied ?? []), ...Object.keys(basket.expected?.notApplied ?? {})];
    expect(named.filter((id) => !promotionIds.has(id))).toEqual([]);
  });

  it.each(readSampleBaskets())("$file is stamped with Toronto's offset at that instant", ({ basket }) => {
    expect(basket.order.at.slice(-6)).toBe(offsetInToronto(basket.order.at));
  });
});

describe('generator output', () => {
  it('is committed and up to date (run `npx tsx scripts/sample/make-sample.ts`)', async () => {
    const files = await buildSampleFiles();
    for (const f of files) expect(readFileSync(f.path, 'utf8'), f.path).toBe(f.content);
    const generated = files.map((f) => f.path).filter((p) => p.startsWith(`${SAMPLE_BASKET_DIR}/`)).sort();
    expect(sampleBasketFiles().map((f) => `${SAMPLE_BASKET_DIR}/${f}`)).toEqual(generated);
  });
});
