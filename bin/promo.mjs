#!/usr/bin/env node
// The `promo` command runs the built JavaScript in dist-node/ (`npm run build:node`, part of
// `npm run build`): no TypeScript compiler at run time. `npm run promo` builds it first when it is
// missing or older than the sources.
const ENTRY = new URL('../dist-node/src/cli/main.js', import.meta.url);

let cli;
try {
  cli = await import(ENTRY.href);
} catch (e) {
  if (e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist-node/src/cli/main.js')) {
    process.stderr.write('promo: the built CLI is missing (dist-node/); run `npm run build:node` first\n');
    process.exit(70);
  }
  throw e;
}
await cli.main(process.argv.slice(2));
