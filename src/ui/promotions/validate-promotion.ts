import { jsonPath, problem, type Problem } from '../../domain/problem.ts';
import { PromotionSchema, type Promotion } from '../../domain/promotion.ts';
import { validateBundle } from '../../bundle/validate.ts';
import { parseJsonPath } from '../schema-form/json-edit.ts';

export interface PromotionCheck {
  /** The parsed promotion when it validates on its own (for the live description), else undefined. */
  readonly promotion: Promotion | undefined;
  /** Problems of this promotion, paths relative to it (`$.rule.tiers[0]`), as the bundle import reports them. */
  readonly problems: readonly Problem[];
  /** Problems elsewhere in the bundle that this working copy causes (a coupon pointing at it…). */
  readonly elsewhere: readonly Problem[];
}

/**
 * Validates a promotion's working copy by putting it into the bundle and running the one bundle
 * validator, so the editor shows exactly the codes and messages an import of the same file would.
 * @example checkPromotion(bundleInput, 3, draft).problems // [{ code: 'tier-order', path: '$.rule.tiers[1]', … }]
 */
export function checkPromotion(bundleInput: Record<string, unknown>, index: number, draft: unknown): PromotionCheck {
  const promotions = [...((bundleInput['promotions'] as unknown[] | undefined) ?? [])];
  const isNew = index >= promotions.length;
  if (isNew) promotions.push(draft);
  else promotions[index] = draft;
  const result = validateBundle({ ...bundleInput, promotions });
  const all = result.ok ? (result.problems ?? []) : result.problems;
  const prefix = ['promotions', isNew ? promotions.length - 1 : index] as const;
  const mine: Problem[] = [];
  const elsewhere: Problem[] = [];
  for (const p of all) {
    const segs = p.path === undefined ? [] : parseJsonPath(p.path);
    if (segs[0] === prefix[0] && segs[1] === prefix[1]) mine.push({ ...p, path: jsonPath(segs.slice(2)) });
    else if (p.severity === 'error') elsewhere.push(p);
  }
  const parsed = PromotionSchema.safeParse(draft);
  if (!parsed.success && mine.length === 0) mine.push(problem('schema-invalid', parsed.error.issues[0]?.message ?? 'invalid promotion', '$'));
  return { promotion: parsed.success ? parsed.data : undefined, problems: mine, elsewhere };
}
