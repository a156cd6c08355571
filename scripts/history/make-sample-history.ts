// Writes public/samples/order-history.csv from the sample bundle. Run
// `npx tsx scripts/history/make-sample-history.ts` after changing the generator or the sample
// bundle; test/history/sample-history.test.ts fails while the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { BundleSchema } from '../../src/domain/index.ts';
import { SAMPLE_HISTORY_FILE, sampleHistoryCsv } from './sample-history.ts';

const bundle = BundleSchema.parse(JSON.parse(readFileSync('public/samples/sample-bundle.json', 'utf8')));
const text = sampleHistoryCsv(bundle);
writeFileSync(SAMPLE_HISTORY_FILE, text);
console.log(`wrote ${SAMPLE_HISTORY_FILE}: ${text.split('\n').length - 2} lines, ${(text.length / 1024).toFixed(0)} kB`);
