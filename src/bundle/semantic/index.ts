import type { Bundle } from '../../domain/bundle.ts';
import { jsonPath, problem, type Problem } from '../../domain/problem.ts';
import type { SemanticCheck } from './context.ts';
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
];

/**
 * Runs every semantic check over a schema-valid bundle and returns all problems found.
 * @example checkSemantics(bundle) // [{ code: 'unknown-product-id', path: '$.promotions[0].rule.gift.productId', … }]
 */
export function checkSemantics(bundle: Bundle): Problem[] {
  const problems: Problem[] = [];
  const ctx = {
    bundle,
    report: (code: string, message: string, path: readonly PropertyKey[], severity: Problem['severity'] = 'error') => {
      problems.push(problem(code, message, jsonPath(path), severity));
    },
  };
  for (const check of SEMANTIC_CHECKS) check(ctx);
  return problems;
}
