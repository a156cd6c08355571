/**
 * Does a result match what the saved basket expects? Each stated expectation is one check, so the
 * panel can say exactly which part differs. Money is compared in minor units ("3.6" = "3.60").
 */
import type { Expectation } from '../../domain/bundle.ts';
import { tryParseMoney } from '../../domain/money.ts';
import type { EvaluationResult } from '../../domain/result.ts';

export interface ExpectationCheck {
  readonly key: string;
  readonly label: string;
  readonly expected: string;
  readonly actual: string;
  readonly ok: boolean;
}

function sameMoney(a: string, b: string, currency: string): boolean {
  const x = tryParseMoney(a, currency);
  const y = tryParseMoney(b, currency);
  return x.ok && y.ok ? x.minor === y.minor : a === b;
}

const listed = (ids: readonly string[]): string => (ids.length === 0 ? 'none' : [...ids].sort().join(', '));

/**
 * @example checkExpectation({ promotionSaving: '3.60' }, result).every((c) => c.ok)
 */
export function checkExpectation(expected: Expectation, result: EvaluationResult): ExpectationCheck[] {
  const checks: ExpectationCheck[] = [];
  const c = result.currency;
  if (expected.promotionSaving !== undefined) {
    const actual = result.totals.promotionSaving;
    checks.push({ key: 'promotionSaving', label: 'Promotion saving', expected: expected.promotionSaving, actual, ok: sameMoney(expected.promotionSaving, actual, c) });
  }
  if (expected.net !== undefined) {
    const actual = result.totals.net;
    checks.push({ key: 'net', label: 'Net', expected: expected.net, actual, ok: sameMoney(expected.net, actual, c) });
  }
  if (expected.applied !== undefined) {
    const applied = result.promotions.filter((o) => o.status === 'applied').map((o) => o.promotionId);
    const ok = expected.applied.length === applied.length && expected.applied.every((id) => applied.includes(id));
    checks.push({ key: 'applied', label: 'Applied', expected: listed(expected.applied), actual: listed(applied), ok });
  }
  for (const [id, reason] of Object.entries(expected.notApplied ?? {})) {
    const o = result.promotions.find((x) => x.promotionId === id);
    const actual = o === undefined ? 'not in the result' : o.status === 'applied' ? 'applied' : o.reason;
    checks.push({ key: `notApplied:${id}`, label: `${id} not applied`, expected: reason, actual, ok: actual === reason });
  }
  return checks;
}
