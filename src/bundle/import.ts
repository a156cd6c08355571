import type { Bundle } from '../domain/bundle.ts';
import { fail, ok, problem, type Problem, type Result } from '../domain/problem.ts';
import { detectVersion, migrate } from './migrations.ts';
import { computeRevision } from './revision.ts';
import { secureParse } from './secure-parse.ts';
import { checkSignature, type SignaturePolicy } from './signature.ts';
import { validateBundle } from './validate.ts';

const REVISION_PATTERN = /^[0-9a-f]{64}$/;

/**
 * Imports bundle text: secure parse → format/version detection → step-by-step migration →
 * schema validation → semantic checks → revision check. Every problem found is reported with its
 * JSON path; the result is `ok` only when none is an error (warnings ride along in `problems`).
 * Semantic checks need a schema-valid bundle, so they run only once the shape is right.
 * @example const r = await importBundle(text); if (!r.ok) r.problems.forEach(p => console.log(p.path, p.code))
 */
export async function importBundle(text: string, options: ImportOptions = {}): Promise<Result<Bundle>> {
  const parsed = secureParse(text);
  if (!parsed.ok) return parsed;
  return importBundleValue(parsed.value, options);
}

export interface ImportOptions {
  /** Who must have signed (signature.ts); by default unsigned bundles pass and a signature's integrity is checked. */
  readonly signature?: SignaturePolicy;
}

/** Like `importBundle`, for a value already parsed by `secureParse` (or built in memory). */
export async function importBundleValue(value: unknown, options: ImportOptions = {}): Promise<Result<Bundle>> {
  const version = detectVersion(value);
  if (!version.ok) return version;
  // The signature, like the revision, covers the file as written; the rest of the pipeline sees the bundle without it.
  const signed = await checkSignature(value as Record<string, unknown>, options.signature);
  const asWritten = signed.unsigned;

  // The revision covers the file as written, so it is checked before any migration touches it.
  const problems: Problem[] = [...signed.problems, ...(await revisionProblems(asWritten))];

  const migrated = migrate(asWritten, version.value);
  if (!migrated.ok) return fail([...migrated.problems, ...problems]);
  let current = migrated.value.value;
  if (migrated.value.applied.length > 0) {
    // The old revision describes the old text; the migrated bundle gets a new one when exported.
    const { revision: _stale, ...rest } = current;
    current = rest;
    const steps = migrated.value.applied.map((m) => `v${m.from}→v${m.to}: ${m.summary}`).join('; ');
    problems.push(problem('bundle-migrated', `migrated from format version ${version.value} (${steps})`, '$.formatVersion', 'info'));
  }

  const checked = validateBundle(current);
  if (!checked.ok) return fail([...checked.problems, ...problems]);
  problems.unshift(...(checked.problems ?? []));
  return problems.some((p) => p.severity === 'error') ? fail(problems) : ok(checked.value, problems);
}

async function revisionProblems(asWritten: Record<string, unknown>): Promise<Problem[]> {
  const stated = asWritten['revision'];
  if (stated === undefined) {
    return [problem('revision-missing', 'the bundle has no revision; export it to stamp one', '$.revision', 'warning')];
  }
  if (typeof stated !== 'string' || !REVISION_PATTERN.test(stated)) return []; // the schema reports the shape
  let actual: string;
  try {
    actual = await computeRevision(asWritten);
  } catch {
    return []; // a value canonical JSON cannot hold (Infinity built in memory): the schema reports it with its path
  }
  if (actual === stated) return [];
  return [
    problem(
      'revision-mismatch',
      `the content does not match its revision: stated ${stated}, computed ${actual}; the file was edited or damaged after export`,
      '$.revision',
    ),
  ];
}
