import { BundleSchema, type Bundle } from '../domain/bundle.ts';
import { fail, ok, type Problem, type Result } from '../domain/problem.ts';
import { schemaProblems } from './schema-problems.ts';
import { checkSemantics } from './semantic/index.ts';
import { salvage } from './salvage.ts';

/**
 * The one bundle validator: schema, then every semantic check. Import, the CLI and the promotion
 * editor all call this, so a problem has the same code, message and path wherever it is found.
 * Semantic checks need a schema-valid bundle; when the shape is wrong they still run on the parts
 * that parse, so one pass reports everything.
 * @example const r = validateBundle(json); if (!r.ok) r.problems.map((p) => p.path)
 */
export function validateBundle(value: unknown): Result<Bundle> {
  const shaped = BundleSchema.safeParse(value);
  if (!shaped.success) {
    const partial = salvage(value);
    const semantic = partial === undefined ? [] : checkSemantics(partial.bundle, partial);
    return fail([...schemaProblems(shaped.error.issues, value), ...semantic]);
  }
  const problems: Problem[] = checkSemantics(shaped.data);
  return problems.some((p) => p.severity === 'error') ? fail(problems) : ok(shaped.data, problems);
}
