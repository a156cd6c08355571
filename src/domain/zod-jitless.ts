/**
 * zod compiles fast object parsers with `new Function` when it may, and probes for that by trying
 * it. The page runs under a Content-Security-Policy without 'unsafe-eval', where the probe is
 * refused and reported as a violation, so on the page zod is told not to try. Workers and Node
 * are not under that policy and keep the compiled parsers (replays parse many orders).
 *
 * Imported first by primitives.ts, which every domain schema imports: the config must be set
 * before the first schema is built, whatever chunk the bundler puts the schemas in.
 */
import { z } from 'zod';

if (typeof document !== 'undefined') z.config({ jitless: true });
