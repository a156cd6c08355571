import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BundleSchema, SavedBasketSchema, type Bundle, type SavedBasket } from '../../src/domain/index.ts';

const SAMPLES = join(import.meta.dirname, '..', '..', 'public', 'samples');

/** The shipped sample texts as `draftFromSampleTexts` takes them. */
export function sampleTexts(): { bundle: string; baskets: Record<string, string> } {
  const dir = join(SAMPLES, 'baskets');
  const baskets: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) baskets[f] = readFileSync(join(dir, f), 'utf8');
  return { bundle: readFileSync(join(SAMPLES, 'sample-bundle.json'), 'utf8'), baskets };
}

/** Reads the committed sample workspace (public/samples) as the app and CLI would. */
export const SAMPLE_BUNDLE_FILE = 'public/samples/sample-bundle.json';
export const SAMPLE_BASKET_DIR = 'public/samples/baskets';

export const readSampleBundleJson = (): unknown => JSON.parse(readFileSync(SAMPLE_BUNDLE_FILE, 'utf8'));

export const readSampleBundle = (): Bundle => BundleSchema.parse(readSampleBundleJson());

export const sampleBasketFiles = (): string[] => readdirSync(SAMPLE_BASKET_DIR).filter((f) => f.endsWith('.json')).sort();

export const readSampleBasketJson = (file: string): unknown => JSON.parse(readFileSync(`${SAMPLE_BASKET_DIR}/${file}`, 'utf8'));

export const readSampleBaskets = (): { file: string; basket: SavedBasket }[] =>
  sampleBasketFiles().map((file) => ({ file, basket: SavedBasketSchema.parse(readSampleBasketJson(file)) }));
