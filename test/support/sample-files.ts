import { readFileSync, readdirSync } from 'node:fs';
import { BundleSchema, SavedBasketSchema, type Bundle, type SavedBasket } from '../../src/domain/index.ts';

/** Reads the committed sample workspace (public/samples) as the app and CLI would. */
export const SAMPLE_BUNDLE_FILE = 'public/samples/sample-bundle.json';
export const SAMPLE_BASKET_DIR = 'public/samples/baskets';

export const readSampleBundleJson = (): unknown => JSON.parse(readFileSync(SAMPLE_BUNDLE_FILE, 'utf8'));

export const readSampleBundle = (): Bundle => BundleSchema.parse(readSampleBundleJson());

export const sampleBasketFiles = (): string[] => readdirSync(SAMPLE_BASKET_DIR).filter((f) => f.endsWith('.json')).sort();

export const readSampleBasketJson = (file: string): unknown => JSON.parse(readFileSync(`${SAMPLE_BASKET_DIR}/${file}`, 'utf8'));

export const readSampleBaskets = (): { file: string; basket: SavedBasket }[] =>
  sampleBasketFiles().map((file) => ({ file, basket: SavedBasketSchema.parse(readSampleBasketJson(file)) }));
