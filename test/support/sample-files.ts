import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLES = join(import.meta.dirname, '..', '..', 'public', 'samples');

/** The shipped sample texts as `draftFromSampleTexts` takes them. */
export function sampleTexts(): { bundle: string; baskets: Record<string, string> } {
  const dir = join(SAMPLES, 'baskets');
  const baskets: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) baskets[f] = readFileSync(join(dir, f), 'utf8');
  return { bundle: readFileSync(join(SAMPLES, 'sample-bundle.json'), 'utf8'), baskets };
}
