/** The reference engine's eligibility layer; see `types.ts` for the API overview. */
export * from './types.ts';
export { makeContext, productOf } from './context.ts';
export { checkStatus } from './status.ts';
export { checkSchedule } from './schedule.ts';
export { checkScope } from './scope.ts';
export { checkConditions, evaluateCondition, verdictToCheck } from './conditions/evaluate.ts';
export type { Verdict } from './conditions/verdict.ts';
export { testValue, type Observed } from './conditions/values.ts';
export { checkTrigger, APPLY_MANUAL_DISCOUNT } from './trigger.ts';
export { couponOutcomes, matchCodes, codesFor, COUPON_OVERRIDE, OVERRIDABLE } from './coupons.ts';
export { checkLimits } from './limits.ts';
export { budgetPeriod, firstPeriodStart, type BudgetPeriod, type ReloadStrategy } from './budget-period.ts';
export { unitRole, manualPriceLinesAllowed, selectorMatches, filterMatches } from './selection.ts';
