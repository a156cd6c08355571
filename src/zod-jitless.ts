/**
 * Imported first by the app's entry: zod compiles fast object parsers with `new Function` when it
 * may, and probes for that by trying it. Under the Content-Security-Policy (no 'unsafe-eval') the
 * probe is refused and reported as a violation, so the app tells zod not to try.
 */
import { z } from 'zod';

z.config({ jitless: true });
