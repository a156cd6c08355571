import type { Condition, LeafCondition, Minor, Promotion } from '../../../domain/index.ts';
import { PASS, type Check, type EvalContext } from '../types.ts';
import { describeLeaf, formatObserved } from './describe.ts';
import { fieldLabel, observe } from './fields.ts';
import { evaluateOrderProperties } from './order-properties.ts';
import { testValue } from './values.ts';
import type { Verdict } from './verdict.ts';

/**
 * Evaluates a condition tree left to right. `all` stops at its first failing child and reports
 * it; `any` stops at its first holding child; an empty `all` holds and an empty `any` fails.
 * A script that cannot run is an error that ends the evaluation (it is never read as false).
 * @example evaluateCondition({ kind: 'leaf', field: 'subtotal', op: 'gte', value: '50' }, ctx, net)
 */
export function evaluateCondition(c: Condition, ctx: EvalContext, netSubtotal: Minor, promotion?: Promotion): Verdict {
  switch (c.kind) {
    case 'leaf': return evaluateLeaf(c, ctx, netSubtotal);
    case 'orderProperties': return evaluateOrderProperties(c, ctx);
    case 'script': return evaluateScript(c.scriptId, ctx, promotion);
    case 'not': {
      const inner = evaluateCondition(c.of, ctx, netSubtotal, promotion);
      if (inner.kind === 'error') return inner;
      if (inner.kind === 'fails') return { kind: 'holds', text: inner.text };
      return withObserved({ kind: 'fails', text: `excluded: ${inner.text}` }, inner.observed);
    }
    case 'all': {
      const texts: string[] = [];
      for (const child of c.of) {
        const v = evaluateCondition(child, ctx, netSubtotal, promotion);
        if (v.kind !== 'holds') return v;
        texts.push(v.text);
      }
      return { kind: 'holds', text: texts.length === 0 ? 'no conditions' : texts.join(' and ') };
    }
    case 'any': {
      const failures: Verdict[] = [];
      for (const child of c.of) {
        const v = evaluateCondition(child, ctx, netSubtotal, promotion);
        if (v.kind !== 'fails') return v;
        failures.push(v);
      }
      if (failures.length === 1) return failures[0]!;
      const texts = failures.map((f) => (f.kind === 'error' ? f.message : f.text));
      return { kind: 'fails', text: texts.length === 0 ? 'no alternative given' : `none of: ${texts.join('; ')}` };
    }
  }
}

function evaluateLeaf(leaf: LeafCondition, ctx: EvalContext, netSubtotal: Minor): Verdict {
  const observed = observe(leaf.field, leaf.key, ctx, netSubtotal);
  const label = fieldLabel(leaf.field, leaf.key);
  const tested = testValue(leaf.op, observed, leaf.value, ctx.currency);
  const shown = formatObserved(observed, ctx.currency);
  if (!tested.ok) return { kind: 'fails', text: `${label}: ${tested.message}`, observed: shown };
  const text = describeLeaf(label, leaf.op, observed, leaf.value, tested.holds, ctx.currency);
  return { kind: tested.holds ? 'holds' : 'fails', text, observed: shown };
}

// The promotion travels to the script so its `Discount` input names the promotion being gated,
// even when several promotions share one condition script.
function evaluateScript(scriptId: string, ctx: EvalContext, promotion: Promotion | undefined): Verdict {
  const name = ctx.bundle.scripts.find((s) => s.id === scriptId)?.name ?? scriptId;
  if (ctx.runScript === undefined) return { kind: 'error', message: `Script ${name} cannot run: no script runner is available.` };
  const run = ctx.runScript(scriptId, ctx, promotion);
  if (!run.ok) return { kind: 'error', message: `Script ${name} failed: ${run.message}` };
  return { kind: run.value ? 'holds' : 'fails', text: `script ${name} returned ${String(run.value)}`, observed: String(run.value) };
}

function withObserved(v: { kind: 'fails'; text: string }, observed: string | undefined): Verdict {
  return observed === undefined ? v : { ...v, observed };
}

/** A verdict as a promotion check: `fails` → `conditionFailed`, `error` → `scriptError`. */
export function verdictToCheck(v: Verdict): Check {
  if (v.kind === 'holds') return PASS;
  if (v.kind === 'error') return { ok: false, reason: 'scriptError', message: v.message };
  const message = `Condition not met: ${v.text}.`;
  return v.observed === undefined
    ? { ok: false, reason: 'conditionFailed', message }
    : { ok: false, reason: 'conditionFailed', message, observed: v.observed };
}

/**
 * The promotion's conditions at the moment it is evaluated; `netSubtotal` is the order's net
 * subtotal at the promotion's priority level (SPEC §5), read by `netSubtotal` leaves.
 * @example checkConditions(p, ctx, 4200n) // { ok: false, reason: 'conditionFailed', message: 'Condition not met: subtotal 42.00 < 50.00.', observed: '42.00' }
 */
export function checkConditions(p: Pick<Promotion, 'conditions'> & Partial<Promotion>, ctx: EvalContext, netSubtotal: Minor): Check {
  if (p.conditions === undefined) return PASS;
  return verdictToCheck(evaluateCondition(p.conditions, ctx, netSubtotal, p.id === undefined ? undefined : (p as Promotion)));
}
