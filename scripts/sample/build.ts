import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, BundleSchema, SavedBasketSchema, type BundleInput } from '../../src/domain/bundle.ts';
import { stampRevision } from '../../src/bundle/revision.ts';
import { makeCatalog } from './catalog.ts';
import { SAMPLE_CUSTOMERS } from './customers.ts';
import { itemDealPromotions } from './promotions-items.ts';
import { orderPromotions } from './promotions-order.ts';
import { triggeredPromotions } from './promotions-triggered.ts';
import { SAMPLE_COUPONS } from './coupons.ts';
import { SAMPLE_SCRIPTS } from './library-scripts.ts';
import { focusedBaskets } from './baskets-focused.ts';
import { showcaseBaskets } from './baskets-showcase.ts';
import { SAMPLE_TIME_ZONE } from './local-time.ts';
import type { SavedBasketInput } from './basket-kit.ts';

export const SAMPLE_BUNDLE_PATH = 'public/samples/sample-bundle.json';
export const SAMPLE_BASKETS_DIR = 'public/samples/baskets';

/** One generated file, path relative to the repository root. */
export interface SampleFile {
  readonly path: string;
  readonly content: string;
}

export interface SampleWorkspace {
  /** The bundle in input form, revision stamped. */
  readonly bundle: BundleInput;
  readonly baskets: readonly SavedBasketInput[];
}

const ORDER_PROPERTIES = ['gift-wrap', 'express', 'click-and-collect', 'staff-sale'];

/**
 * Builds the sample workspace in memory, validated against the domain schemas; throws with every
 * problem when the generator produced something invalid.
 * @example const { bundle, baskets } = await buildSampleWorkspace(); bundle.promotions.length // 46
 */
export async function buildSampleWorkspace(): Promise<SampleWorkspace> {
  const cat = makeCatalog();
  const unstamped: BundleInput = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    name: 'Sample workspace — Northwind Market',
    description:
      'A neighbourhood grocery and general store in Toronto and Ottawa: 200 products, five customers and promotions that ' +
      'between them use every trigger, threshold, reward, rule kind, concurrency mode and condition. See docs/sample-workspace.md.',
    currency: 'USD',
    timeZone: SAMPLE_TIME_ZONE,
    settings: { rewardPolicy: 'bestDeal', orderProperties: ORDER_PROPERTIES },
    products: [...cat.products],
    customers: Object.values(SAMPLE_CUSTOMERS),
    promotions: [...itemDealPromotions(cat), ...orderPromotions(cat), ...triggeredPromotions()],
    coupons: [...SAMPLE_COUPONS],
    scripts: [...SAMPLE_SCRIPTS],
  };
  const bundle = await stampRevision(unstamped);
  const baskets = [...focusedBaskets(cat), ...showcaseBaskets(cat)];

  const problems: string[] = [];
  const parsed = BundleSchema.safeParse(bundle);
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `bundle ${i.path.join('.')}: ${i.message}`));
  for (const b of baskets) {
    const r = SavedBasketSchema.safeParse(b);
    if (!r.success) problems.push(...r.error.issues.map((i) => `basket ${b.id} ${i.path.join('.')}: ${i.message}`));
  }
  problems.push(...crossReferenceProblems(bundle, baskets));
  if (problems.length > 0) throw new Error(`sample workspace is invalid:\n${problems.join('\n')}`);
  return { bundle, baskets };
}

/** References the schemas cannot see: ids of promotions, scripts and products named elsewhere. */
function crossReferenceProblems(bundle: BundleInput, baskets: readonly SavedBasketInput[]): string[] {
  const problems: string[] = [];
  const promotionIds = new Set(bundle.promotions.map((p) => p.id));
  const scriptIds = new Set((bundle.scripts ?? []).map((s) => s.id));
  const productIds = new Set((bundle.products ?? []).map((p) => p.id));
  const ids = new Set<string>();
  for (const p of bundle.promotions) {
    if (ids.has(p.id)) problems.push(`duplicate promotion id ${p.id}`);
    ids.add(p.id);
    const json = JSON.stringify(p);
    for (const m of json.matchAll(/"scriptId":"([^"]+)"/g)) if (!scriptIds.has(m[1] ?? '')) problems.push(`${p.id}: unknown script ${m[1]}`);
    for (const m of json.matchAll(/"targetPromotionId":"([^"]+)"/g)) if (!promotionIds.has(m[1] ?? '')) problems.push(`${p.id}: unknown promotion ${m[1]}`);
    for (const m of json.matchAll(/"(?:productId|defaultProductId)":"([^"]+)"/g)) if (!productIds.has(m[1] ?? '')) problems.push(`${p.id}: unknown product ${m[1]}`);
  }
  for (const c of bundle.coupons ?? []) if (!promotionIds.has(c.promotionId)) problems.push(`coupon ${c.code}: unknown promotion ${c.promotionId}`);
  for (const b of baskets) {
    for (const l of b.order.lines) if (!productIds.has(l.productId)) problems.push(`basket ${b.id}: unknown product ${l.productId}`);
    for (const id of [...(b.expected?.applied ?? []), ...Object.keys(b.expected?.notApplied ?? {})]) {
      if (!promotionIds.has(id)) problems.push(`basket ${b.id}: expectation names unknown promotion ${id}`);
    }
  }
  return problems;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Every file the generator writes, in a stable order: the bundle, then one file per basket.
 * @example (await buildSampleFiles())[0].path // 'public/samples/sample-bundle.json'
 */
export async function buildSampleFiles(): Promise<SampleFile[]> {
  const { bundle, baskets } = await buildSampleWorkspace();
  return [
    { path: SAMPLE_BUNDLE_PATH, content: json(bundle) },
    ...baskets.map((b) => ({ path: `${SAMPLE_BASKETS_DIR}/${b.id}.json`, content: json(b) })),
  ];
}
