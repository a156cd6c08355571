import type { Bundle } from '../../domain/bundle.ts';
import { jsonPath, problem, type Problem } from '../../domain/problem.ts';
import type { SemanticCheck, UnparsedIds } from './context.ts';
import { conditionLimits } from './condition-limits.ts';
import { couponReferences } from './coupon-references.ts';
import { couponRewardTargets } from './coupon-reward-targets.ts';
import { currency } from './currency.ts';
import { dispersion } from './dispersion.ts';
import { loyaltyConditions } from './loyalty-conditions.ts';
import { moneyAmounts } from './money-amounts.ts';
import { orderProperties } from './order-properties.ts';
import { scheduleOrder } from './schedule-order.ts';
import { scriptReferences } from './script-references.ts';
import { tiers } from './tiers.ts';
import { timeZones } from './time-zones.ts';
import { uniqueIds } from './unique-ids.ts';
import { unknownProductIds } from './unknown-product-ids.ts';

/** Every consistency rule a schema-valid bundle must also meet; all run, in this order. */
export const SEMANTIC_CHECKS: readonly SemanticCheck[] = [
  currency,
  timeZones,
  uniqueIds,
  unknownProductIds,
  couponReferences,
  couponRewardTargets,
  scriptReferences,
  loyaltyConditions,
  tiers,
  scheduleOrder,
  moneyAmounts,
  dispersion,
  orderProperties,
  conditionLimits,
];

/**
 * Runs every semantic check over a schema-valid bundle and returns all problems found.
 * @example checkSemantics(bundle) // [{ code: 'unknown-product-id', path: '$.promotions[0].rule.gift.productId', … }]
 */
export function checkSemantics(bundle: Bundle, partial?: PartialBundle): Problem[] {
  const problems: Problem[] = [];
  const ctx = {
    bundle,
    ...(partial === undefined ? {} : { unparsed: partial.unparsed }),
    report: (code: string, message: string, path: readonly PropertyKey[], severity: Problem['severity'] = 'error') => {
      problems.push(problem(code, message, jsonPath(partial === undefined ? path : originalPath(path, partial)), severity));
    },
  };
  for (const check of SEMANTIC_CHECKS) check(ctx);
  return problems;
}

/** What `salvage` kept of a bundle that failed the schema, so paths point into the file as written. */
export interface PartialBundle {
  /** Per array section, the original index of each element kept. */
  readonly indexMaps: Readonly<Record<string, readonly number[]>>;
  readonly unparsed: UnparsedIds;
}

function originalPath(path: readonly PropertyKey[], partial: PartialBundle): readonly PropertyKey[] {
  const [section, index, ...rest] = path;
  const map = typeof section === 'string' ? partial.indexMaps[section] : undefined;
  if (map === undefined || typeof index !== 'number') return path;
  return [section!, map[index] ?? index, ...rest];
}
