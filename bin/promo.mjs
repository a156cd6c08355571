#!/usr/bin/env node
// The `promo` command without a build step: tsx compiles the TypeScript sources on the fly.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv.slice(2));
