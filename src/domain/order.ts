import Decimal from 'decimal.js';
import { z } from 'zod';
import type { DeepReadonly } from './readonly.ts';
import { LIMITS, formatCount } from './limits.ts';
import {
  ChannelSchema, CountSchema, CustomFieldsSchema, IdSchema, InstantSchema, LocalDateSchema, MoneySchema,
  NonNegativeIntSchema, OrderTypeSchema, ScalarSchema,
} from './primitives.ts';

/** Product attributes: category, brand, tags, stockLabel, onSale, membership, or any other key. */
export const AttributesSchema = z.record(z.string(), z.union([ScalarSchema, z.array(z.string())]));
export type Attributes = DeepReadonly<z.output<typeof AttributesSchema>>;

export const LineSchema = z.strictObject({
  id: IdSchema,
  productId: IdSchema,
  quantity: CountSchema.max(LIMITS.quantityPerLine, `a line has at most ${formatCount(LIMITS.quantityPerLine)} units`),
  /** Regular sell price of one unit. */
  unitPrice: MoneySchema,
  /** Special/customer price of one unit, lower than `unitPrice`. */
  customerPrice: MoneySchema.optional(),
  /** Staff overrode or hand-discounted the line: it takes part in no automatic or coupon promotion. */
  manualPrice: z.boolean().default(false),
  /** Who the line is for (booking systems). */
  participant: z.string().optional(),
  /** Tax rate in basis points. */
  taxRate: NonNegativeIntSchema.optional(),
  /** Overrides the catalog's attributes for this line. */
  attributes: AttributesSchema.optional(),
  customFields: CustomFieldsSchema.default({}),
});
export type Line = DeepReadonly<z.output<typeof LineSchema>>;

export const CustomerSchema = z.strictObject({
  id: IdSchema,
  name: z.string().optional(),
  email: z.string().optional(),
  birthDate: LocalDateSchema.optional(),
  segments: z.array(z.string()).default([]),
  roles: z.array(z.string()).default([]),
  points: NonNegativeIntSchema.default(0),
  memberships: z.array(z.string()).default([]),
  postalCode: z.string().optional(),
  customFields: CustomFieldsSchema.default({}),
});
export type Customer = DeepReadonly<z.output<typeof CustomerSchema>>;

/** The staff member at the till or in the back office. */
export const StaffUserSchema = z.strictObject({
  id: z.string().optional(),
  roles: z.array(z.string()).default([]),
  permissions: z.array(z.string()).default([]),
});
export type StaffUser = DeepReadonly<z.output<typeof StaffUserSchema>>;

/** A manual promotion requested at apply time with its entered value. */
export const ManualRequestSchema = z.strictObject({
  promotionId: IdSchema,
  amount: MoneySchema.optional(),
  percent: z.string().optional(),
  /** Restrict to these lines; empty = whole order. */
  lineIds: z.array(IdSchema).default([]),
});
export type ManualRequest = DeepReadonly<z.output<typeof ManualRequestSchema>>;

export const AnswerSchema = z.strictObject({
  question: IdSchema,
  answer: z.string(),
  participant: z.string().optional(),
});
export type Answer = DeepReadonly<z.output<typeof AnswerSchema>>;

export const OrderSchema = z.strictObject({
  id: IdSchema,
  at: InstantSchema,
  outlet: z.string().optional(),
  channel: ChannelSchema.default('inStore'),
  orderType: OrderTypeSchema.default('carryOut'),
  properties: z.array(z.string()).default([]),
  customFields: CustomFieldsSchema.default({}),
  shipping: MoneySchema.default('0'),
  /** Codes exactly as entered: matching is case-sensitive and spaces count. */
  coupons: z
    .array(z.string().max(LIMITS.codeLength, `a code has at most ${formatCount(LIMITS.codeLength)} characters`))
    .max(LIMITS.codesPerOrder, `an order carries at most ${formatCount(LIMITS.codesPerOrder)} codes`)
    .default([]),
  manual: z.array(ManualRequestSchema).default([]),
  answers: z.array(AnswerSchema).default([]),
  user: StaffUserSchema.optional(),
  customer: CustomerSchema.optional(),
  lines: z.array(LineSchema).max(LIMITS.linesPerOrder, `an order has at most ${formatCount(LIMITS.linesPerOrder)} lines`),
}).superRefine((order, ctx) => {
  // Results, dispersion and manual requests name lines by id: two lines with one id would be confused.
  const seen = new Map<string, number>();
  order.lines.forEach((line, i) => {
    const first = seen.get(line.id);
    if (first === undefined) seen.set(line.id, i);
    else ctx.addIssue({ code: 'custom', path: ['lines', i, 'id'], message: `line id "${line.id}" is already used by lines[${first}]`, params: { code: 'duplicate-line-id' } });
  });
  const units = order.lines.reduce((a, line) => a + line.quantity, 0);
  // A line over its own limit is reported there; the order total would only repeat it.
  if (units > LIMITS.unitsPerOrder && order.lines.every((line) => line.quantity <= LIMITS.quantityPerLine)) {
    ctx.addIssue({
      code: 'custom', path: ['lines'], params: { code: 'limit-units-per-order' },
      message: `the order has ${formatCount(units)} units; the limit is ${formatCount(LIMITS.unitsPerOrder)} per order`,
    });
  }
  // Kept far inside a 64-bit count of minor units, so no sum the engines make can overflow.
  let gross = new Decimal(0);
  for (const line of order.lines) {
    // Refinements also run after continuable issues; an amount of the wrong shape is reported on its own.
    if (!/^\d{1,15}(\.\d{1,4})?$/.test(line.unitPrice) || !Number.isSafeInteger(line.quantity)) return;
    gross = gross.plus(new Decimal(line.unitPrice).times(line.quantity));
  }
  if (gross.greaterThan(LIMITS.orderValue)) {
    ctx.addIssue({
      code: 'custom', path: ['lines'], params: { code: 'limit-order-value' },
      message: `the order is worth ${gross.toFixed()} (Σ quantity × unitPrice); the limit is ${formatCount(LIMITS.orderValue)}`,
    });
  }
});
export type Order = DeepReadonly<z.output<typeof OrderSchema>>;
/** An order as written in a file, before defaults are filled in. */
export type OrderInput = z.input<typeof OrderSchema>;
