import type { OrderPropertiesCondition } from '../../../domain/index.ts';
import type { EvalContext } from '../types.ts';
import type { Verdict } from './verdict.ts';

/**
 * The source's four-row table (SPEC §3.4). `excluding` replaces the selection by its complement
 * within the bundle's declared `settings.orderProperties`; then `requireAll` asks for all of the
 * (possibly complemented) set on the order, otherwise for at least one:
 *
 * | requireAll | excluding | holds when                                         |
 * |------------|-----------|----------------------------------------------------|
 * | false      | false     | at least one selected property is on the order     |
 * | true       | false     | every selected property is on the order            |
 * | false      | true      | at least one non-selected property is on the order |
 * | true       | true      | every non-selected property is on the order        |
 *
 * An empty set is read literally: "every" of nothing holds, "at least one" of nothing fails.
 * @example evaluateOrderProperties({ kind: 'orderProperties', selected: ['gift'], requireAll: false, excluding: false }, ctx)
 */
export function evaluateOrderProperties(c: OrderPropertiesCondition, ctx: EvalContext): Verdict {
  const universe = ctx.bundle.settings.orderProperties;
  const wanted = c.excluding ? universe.filter((p) => !c.selected.includes(p)) : [...c.selected];
  const present = ctx.order.properties;
  const found = wanted.filter((p) => present.includes(p));
  const holds = c.requireAll ? found.length === wanted.length : found.length > 0;
  const observed = `[${present.join(', ')}]`;
  const set = `[${wanted.join(', ')}]`;
  const text = c.requireAll
    ? holds ? `order properties ${observed} include all of ${set}` : `order properties ${observed} lack ${listMissing(wanted, present)} of ${set}`
    : holds ? `order properties ${observed} include ${found[0] ?? ''} of ${set}` : `order properties ${observed} include none of ${set}`;
  return { kind: holds ? 'holds' : 'fails', text, observed };
}

const listMissing = (wanted: readonly string[], present: readonly string[]): string =>
  wanted.filter((p) => !present.includes(p)).join(', ');
