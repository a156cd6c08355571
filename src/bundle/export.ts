import type { Bundle } from '../domain/bundle.ts';
import { fail, jsonPath, ok, problem, type Problem, type Result } from '../domain/problem.ts';
import { DEFAULT_MIRROR_TARGET, mirroredViolations } from './profiles/mirrored.ts';
import { staticOnlyViolations, type Unsupported } from './profiles/static-only.ts';
import { stampRevision } from './revision.ts';
import { signBundle, type SigningKey } from './signature.ts';

/** What the target system can run (SPEC §10). */
export const EXPORT_PROFILES = ['full', 'staticOnly', 'mirrored'] as const;
export type ExportProfile = (typeof EXPORT_PROFILES)[number];

export const isExportProfile = (s: string): s is ExportProfile => (EXPORT_PROFILES as readonly string[]).includes(s);

/**
 * Every way the bundle's promotions exceed what a `profile` target can run, one problem per
 * promotion and feature, naming both, with the path of the feature.
 * @example checkProfile(bundle, 'staticOnly')
 * // [{ code: 'profile-unsupported-feature', path: '$.promotions[6].rule.tiers',
 * //    message: "promotion p-7 'Buy 2 get 1' uses tiers (2), which staticOnly targets cannot run" }]
 */
export function checkProfile(bundle: Bundle, profile: ExportProfile, target: string = DEFAULT_MIRROR_TARGET): Problem[] {
  if (profile === 'full') return [];
  const problems: Problem[] = [];
  bundle.promotions.forEach((p, i) => {
    const found: Unsupported[] = profile === 'staticOnly' ? staticOnlyViolations(p) : mirroredViolations(p, target);
    for (const v of found) {
      const where = jsonPath(['promotions', i, ...v.path]);
      problems.push(
        profile === 'staticOnly'
          ? problem('profile-unsupported-feature', `promotion ${p.id} '${p.name}' uses ${v.feature}, which staticOnly targets cannot run`, where)
          : problem('profile-missing-external-id', `promotion ${p.id} '${p.name}' has ${v.feature}, which a mirrored target needs`, where),
      );
    }
  });
  return problems;
}

/**
 * Checks the bundle against the profile and, if it passes, writes it as pretty JSON stamped with
 * a fresh revision (of exactly the text written), signed with `signingKey` when one is given.
 * @example const r = await exportBundle(bundle, 'full'); if (r.ok) await save(r.value)
 */
export async function exportBundle(
  bundle: Bundle,
  profile: ExportProfile,
  target: string = DEFAULT_MIRROR_TARGET,
  signingKey?: SigningKey,
): Promise<Result<string>> {
  const violations = checkProfile(bundle, profile, target);
  if (violations.length > 0) return fail(violations);
  // A JSON round trip first: the revision must hash exactly what the file will hold.
  const plain = JSON.parse(JSON.stringify(bundle)) as object;
  const stamped = await stampRevision(plain);
  return ok(`${JSON.stringify(signingKey === undefined ? stamped : await signBundle(stamped, signingKey), null, 2)}\n`);
}
