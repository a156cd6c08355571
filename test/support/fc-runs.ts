/**
 * Property-test parameters: a fixed default seed keeps CI reproducible; `FC_SEED=<n> npx vitest run`
 * explores other inputs. fast-check prints the seed and path of any failure it finds.
 * @example fc.assert(property, runs(1000))
 */
export const runs = (numRuns: number): { numRuns: number; seed: number } => ({
  numRuns,
  seed: Number(process.env.FC_SEED ?? 20261121),
});
