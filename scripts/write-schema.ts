// Writes the published JSON Schema of bundle format v1 from the one domain definition.
// Run `npm run schema` after changing src/domain; test/bundle/json-schema.test.ts fails while the file is stale.
import { writeFileSync, mkdirSync } from 'node:fs';
import { bundleJsonSchemaText } from '../src/domain/json-schema.ts';

mkdirSync('public/schema', { recursive: true });
writeFileSync('public/schema/bundle-v1.schema.json', bundleJsonSchemaText());
console.log('wrote public/schema/bundle-v1.schema.json');
