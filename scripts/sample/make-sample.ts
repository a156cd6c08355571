// Writes the sample workspace: public/samples/sample-bundle.json and one file per saved basket.
// Run `npx tsx scripts/sample/make-sample.ts` after changing the generator; a test fails while
// the committed files are stale. Deterministic: no clock, no unseeded randomness.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_BASKETS_DIR, buildSampleFiles } from './build.ts';

const files = await buildSampleFiles();
mkdirSync(SAMPLE_BASKETS_DIR, { recursive: true });
const written = new Set(files.map((f) => f.path));
// Baskets removed from the generator must not linger as stale files.
for (const name of readdirSync(SAMPLE_BASKETS_DIR)) {
  const path = `${SAMPLE_BASKETS_DIR}/${name}`;
  if (name.endsWith('.json') && !written.has(path)) rmSync(join(SAMPLE_BASKETS_DIR, name));
}
for (const f of files) writeFileSync(f.path, f.content);
console.log(`wrote ${files.length} files (1 bundle, ${files.length - 1} baskets)`);
