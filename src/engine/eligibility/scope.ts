import type { Promotion } from '../../domain/index.ts';
import { evaluateCondition } from './conditions/evaluate.ts';
import { PASS, type Check, type EvalContext } from './types.ts';

/**
 * SPEC §3.3: outlets and channels (empty = all), then the qualifying-customer filters, any one of
 * which admits the customer. Filters read the gross subtotal where they name `netSubtotal`
 * (scope is decided before any promotion runs).
 * @example checkScope({ scope: { outlets: ['north'], channels: [], customers: [] } }, ctx) // outOfScope unless order.outlet is 'north'
 */
export function checkScope(p: Pick<Promotion, 'scope'> & Partial<Promotion>, ctx: EvalContext): Check {
  const s = p.scope;
  if (s === undefined) return PASS;
  const { outlet, channel } = ctx.order;
  if (s.outlets.length > 0 && (outlet === undefined || !s.outlets.includes(outlet))) {
    const at = outlet === undefined ? 'the order names no outlet' : `the order is at ${outlet}`;
    return { ok: false, reason: 'outOfScope', message: `Runs only at ${s.outlets.join(', ')}; ${at}.`, observed: outlet ?? '(none)' };
  }
  if (s.channels.length > 0 && !s.channels.includes(channel)) {
    return { ok: false, reason: 'outOfScope', message: `Runs only ${s.channels.join(', ')}; the order is ${channel}.`, observed: channel };
  }
  if (s.customers.length === 0) return PASS;
  const reasons: string[] = [];
  for (const filter of s.customers) {
    const v = evaluateCondition(filter, ctx, ctx.grossSubtotal, p.id === undefined ? undefined : (p as Promotion));
    if (v.kind === 'holds') return PASS;
    if (v.kind === 'error') return { ok: false, reason: 'scriptError', message: v.message };
    reasons.push(v.text);
  }
  return { ok: false, reason: 'outOfScope', message: `The customer matches no qualifying-customer filter: ${reasons.join('; ')}.` };
}
