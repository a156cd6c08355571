// Writes the published JSON Schema of bundle format v1 from the one domain definition.
// Run `npm run schema` after changing src/domain; a test fails while the file is stale.
import { writeFileSync, mkdirSync } from 'node:fs';
import { bundleJsonSchema } from '../src/domain/json-schema.ts';

mkdirSync('public/schema', { recursive: true });
writeFileSync('public/schema/bundle-v1.schema.json', `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`);
console.log('wrote public/schema/bundle-v1.schema.json');
