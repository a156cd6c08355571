import type { z } from 'zod';
import type { SavedBasketSchema } from '../../src/domain/bundle.ts';
import type { LineSchema, OrderSchema } from '../../src/domain/order.ts';
import type { Catalog } from './catalog.ts';
import { torontoInstant } from './local-time.ts';

export type SavedBasketInput = z.input<typeof SavedBasketSchema>;
type OrderInput = z.input<typeof OrderSchema>;
type LineInput = z.input<typeof LineSchema>;

/** A line before it gets its id: product key, quantity and anything else the line carries. */
export interface LineSpec {
  readonly key: string;
  readonly quantity: number;
  readonly extra?: Partial<Omit<LineInput, 'id' | 'productId' | 'quantity' | 'unitPrice'>>;
}

export const ln = (key: string, quantity: number, extra?: LineSpec['extra']): LineSpec => ({ key, quantity, ...(extra ? { extra } : {}) });

/** A quiet weekday morning: no schedule-bound promotion runs then (Wednesday 11 March 2026, 11:00). */
export const QUIET_MORNING = '2026-03-11T11:00';
/** The Danforth store: no outlet-scoped promotion targets it. */
export const QUIET_OUTLET = 'TOR-02';

export interface OrderSpec extends Partial<Omit<OrderInput, 'id' | 'at' | 'lines'>> {
  /** Local wall-clock time in America/Toronto; the instant gets the zone's offset. */
  readonly local?: string;
  readonly lines: readonly LineSpec[];
}

/**
 * Builds a saved basket whose lines carry catalog prices, in-store at the Danforth store on a quiet
 * morning unless the spec says otherwise.
 * @example basket(cat, 'b01', 'Snacks', 'why', { lines: [ln('pretzels', 3)] })
 */
export function basket(
  cat: Catalog,
  id: string,
  name: string,
  description: string,
  spec: OrderSpec,
  expected?: SavedBasketInput['expected'],
): SavedBasketInput {
  const { local, lines, ...rest } = spec;
  const order: OrderInput = {
    id: `o-${id}`,
    at: torontoInstant(local ?? QUIET_MORNING),
    outlet: QUIET_OUTLET,
    channel: 'inStore',
    orderType: 'carryOut',
    ...rest,
    lines: lines.map((l, i) => {
      const productId = cat.id(l.key);
      return { id: `l${i + 1}`, productId, quantity: l.quantity, unitPrice: cat.priceOf(productId), ...l.extra };
    }),
  };
  if (order.outlet === undefined) delete order.outlet;
  return { id, name, description, order, ...(expected ? { expected } : {}) };
}
