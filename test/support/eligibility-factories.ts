import {
  BundleSchema, LedgerStateSchema, ScheduleSchema, OrderSchema, PromotionSchema, SelectionSchema,
  type Bundle, type BundleInput, type LedgerState, type Order, type OrderInput, type Promotion, type PromotionInput,
  type Selection, type Condition, type ConditionField, type ConditionValue, type Operator,
} from '../../src/domain/index.ts';
import { makeContext } from '../../src/engine/eligibility/context.ts';
import type { ContextHooks, EvalContext } from '../../src/engine/eligibility/types.ts';
import type { z } from 'zod';

/**
 * Factories for eligibility tests: every object goes through the domain schemas, so defaults are
 * filled exactly as in a loaded bundle. Zone America/Toronto, currency USD.
 */

export type LedgerInput = z.input<typeof LedgerStateSchema>;
export type ScheduleInput = z.input<typeof ScheduleSchema>;

/** A parsed promotion: automatic, active, 10 % off everything unless overridden. */
export function promo(overrides: Partial<PromotionInput> = {}): Promotion {
  return PromotionSchema.parse({
    id: 'p1',
    name: 'Test promotion',
    rule: { kind: 'orderDiscount', reward: { kind: 'percent', percent: '10' } },
    ...overrides,
  });
}

export function bundle(overrides: Partial<BundleInput> = {}): Bundle {
  return BundleSchema.parse({
    format: 'promo-workbench.bundle',
    formatVersion: 1,
    name: 'Eligibility fixture',
    currency: 'USD',
    timeZone: 'America/Toronto',
    settings: { orderProperties: ['gift', 'express', 'pickup'] },
    products: [
      { id: 'shoe', name: 'Shoe', price: '50.00', floorPrice: '30.00', attributes: { category: 'shoes', brand: 'Acme', tags: ['summer', 'sport'] } },
      { id: 'sock', name: 'Sock', price: '5.00', attributes: { category: 'socks', brand: 'Acme', stockLabel: 'clearance' } },
      { id: 'hat', name: 'Hat', price: '20.00', attributes: { category: 'hats', onSale: true } },
      { id: 'club', name: 'Club card', price: '10.00', attributes: { membership: true } },
    ],
    promotions: [],
    ...overrides,
  });
}

/** A parsed order at 2026-05-04 12:00 Toronto (a Monday) with one line of two shoes. */
export function order(overrides: Partial<OrderInput> = {}): Order {
  return OrderSchema.parse({
    id: 'o1',
    at: '2026-05-04T12:00:00-04:00',
    lines: [{ id: 'l1', productId: 'shoe', quantity: 2, unitPrice: '50.00' }],
    ...overrides,
  });
}

export function ledger(overrides: LedgerInput = {}): LedgerState {
  return LedgerStateSchema.parse(overrides);
}

export function selection(overrides: z.input<typeof SelectionSchema> = {}): Selection {
  return SelectionSchema.parse(overrides);
}

/** A context from partial inputs; each part defaults to the factories above. */
export function ctx(parts: {
  bundle?: Partial<BundleInput>;
  order?: Partial<OrderInput>;
  state?: LedgerInput;
  hooks?: ContextHooks;
} = {}): EvalContext {
  return makeContext(bundle(parts.bundle), order(parts.order), ledger(parts.state), parts.hooks);
}

/** A customer with sensible defaults, as order input. */
export function customer(overrides: Partial<NonNullable<OrderInput['customer']>> = {}): NonNullable<OrderInput['customer']> {
  return { id: 'c1', ...overrides };
}

/** A condition leaf. */
export function leaf(field: ConditionField, op: Operator, value?: ConditionValue, key?: string): Condition {
  return { kind: 'leaf', field, op, ...(value === undefined ? {} : { value }), ...(key === undefined ? {} : { key }) };
}
