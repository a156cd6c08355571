/**
 * The long run of the hostile-input properties (`npm run fuzz` runs it after the differential
 * solver fuzz; alone: `tsx test/fuzz/hostile-run.ts [--runs N] [--seed S]`). Prints cases and time
 * per property; exits 1 on the first counterexample (fast-check prints it with its seed).
 */
import fc from 'fast-check';
import { bundleHolds, hostileBundleText, hostileOrder, hostileScript, orderHolds, scriptHolds } from './hostile.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
}

const runs = arg('runs', 5_000);
const seed = arg('seed', 20261201);

async function timed(name: string, check: () => Promise<void> | void): Promise<void> {
  const started = process.hrtime.bigint();
  await check();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`hostile ${name}: ${runs} cases (seed ${seed}) in ${seconds.toFixed(1)} s, none failed`);
}

try {
  await timed('bundles', () => fc.assert(fc.asyncProperty(hostileBundleText, bundleHolds), { numRuns: runs, seed }));
  await timed('orders', () => fc.assert(fc.property(hostileOrder, (o) => orderHolds(o)), { numRuns: runs, seed }));
  await timed('scripts', () => fc.assert(fc.property(hostileScript, scriptHolds), { numRuns: runs, seed }));
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
