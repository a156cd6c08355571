import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../domain/bundle.ts';
import { fail, ok, problem, type Result } from '../domain/problem.ts';

type JsonObject = Record<string, unknown>;

/** One step from a format version to the next; pure, on the JSON as written. */
export interface Migration {
  readonly from: number;
  readonly to: number;
  readonly summary: string;
  readonly migrate: (bundle: JsonObject) => Result<JsonObject>;
}

/**
 * v0 (the pre-release format) named the promotion list `discounts`; v1 calls it `promotions`,
 * the word the SPEC uses. Nothing else changed.
 */
const v0ToV1: Migration = {
  from: 0,
  to: 1,
  summary: 'renamed "discounts" to "promotions"',
  migrate(bundle) {
    const { discounts, ...rest } = bundle;
    if ('promotions' in rest) {
      return fail([problem('migration-conflict', 'a version 0 bundle has "discounts"; it must not also have "promotions"', '$.promotions')]);
    }
    return ok({ ...rest, formatVersion: 1, promotions: discounts ?? [] });
  },
};

/** Every migration, oldest first; a version-N bundle runs the steps from N to the current version. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1];

/**
 * Reads `format` and `formatVersion` of a parsed bundle and refuses what cannot be migrated.
 * @example detectVersion({ format: 'promo-workbench.bundle', formatVersion: 0 }) // { ok: true, value: 0 }
 */
export function detectVersion(value: unknown): Result<number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail([problem('format-not-object', 'a bundle is a JSON object', '$')]);
  }
  const record = value as JsonObject;
  if (record['format'] !== BUNDLE_FORMAT) {
    return fail([
      problem('format-unknown', `not a Promo Workbench bundle: "format" must be "${BUNDLE_FORMAT}"`, '$.format'),
    ]);
  }
  const version = record['formatVersion'];
  if (version === undefined) return fail([problem('format-version-missing', '"formatVersion" is missing', '$.formatVersion')]);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail([problem('format-version-invalid', '"formatVersion" must be a whole number', '$.formatVersion')]);
  }
  if (version > BUNDLE_FORMAT_VERSION) {
    return fail([
      problem(
        'format-version-unsupported',
        `format version ${version} was written by a newer workbench; this one reads versions up to ${BUNDLE_FORMAT_VERSION}`,
        '$.formatVersion',
      ),
    ]);
  }
  return ok(version);
}

/**
 * Runs the migration steps from `version` up to the current format version, one at a time.
 * @example migrate({ format, formatVersion: 0, discounts: [] }, 0) // value.promotions = [], applied = [v0ToV1]
 */
export function migrate(bundle: JsonObject, version: number): Result<{ value: JsonObject; applied: readonly Migration[] }> {
  let current = bundle;
  const applied: Migration[] = [];
  for (let v = version; v < BUNDLE_FORMAT_VERSION; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) {
      return fail([problem('format-version-unsupported', `no migration from format version ${v}`, '$.formatVersion')]);
    }
    const r = step.migrate(current);
    if (!r.ok) return r;
    current = r.value;
    applied.push(step);
  }
  return ok({ value: current, applied });
}
