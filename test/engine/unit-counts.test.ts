import { describe, expect, it } from 'vitest';
import type { EvaluationResult, Order } from '../../src/domain/index.ts';
import { evaluate } from '../../src/engine/index.ts';
import { readSampleBaskets, readSampleBundle } from '../support/sample-files.ts';

/**
 * The engine keeps a line's units as counts (docs/engine.md "Units as counts"); the semantics are
 * per unit. So a line of q units must come out unit for unit as q one-unit lines of the same
 * product would: the sample baskets with every line scaled up, against the same order with each
 * line cut into one-unit lines. Only the line grouping may differ, and which of a line's alike
 * units shows which outcome: counted applications lay their copies' units out together
 * (src/engine/copies.ts), so each line's outcomes are compared as a multiset.
 */
function scaled(order: Order, factor: number): Order {
  return { ...order, lines: order.lines.map((l) => ({ ...l, quantity: l.quantity * factor })) };
}

function unitLines(order: Order): Order {
  return {
    ...order,
    lines: order.lines.flatMap((l) => Array.from({ length: l.quantity }, (_, k) => ({ ...l, id: `${l.id}#${k}`, quantity: 1 }))),
    // Manual requests name lines: they follow their line's pieces.
    manual: order.manual.map((m) => (m.lineIds === undefined ? m : {
      ...m, lineIds: m.lineIds.flatMap((id) => order.lines.filter((l) => l.id === id).flatMap((l) => Array.from({ length: l.quantity }, (_, k) => `${l.id}#${k}`))),
    })),
  };
}

/** Per order line (one-unit lines joined back by their id), each unit's outcome, sorted: its discounts by promotion and its net. */
function perUnit(r: EvaluationResult): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const l of r.lines) {
    const mine = (out[l.lineId.replace(/#\d+$/, '')] ??= []);
    for (const u of l.units) for (let k = 0; k < u.count; k++) mine.push(`${u.net} ${u.discounts.map((d) => `${d.promotionId}:${d.amount}`).join(',')}`);
  }
  for (const units of Object.values(out)) units.sort();
  return out;
}

describe('a line of q units evaluates as q one-unit lines', () => {
  const bundle = readSampleBundle();
  it.each(readSampleBaskets().map(({ file, basket }) => [file, basket] as const))('%s × 7', (_file, basket) => {
    const order = scaled(basket.order, 7);
    const counted = evaluate(bundle, order, basket.state);
    const single = evaluate(bundle, unitLines(order), basket.state);
    expect(counted.totals).toEqual(single.totals);
    expect(perUnit(counted)).toEqual(perUnit(single));
    expect(counted.promotions).toEqual(single.promotions);
  });
});
