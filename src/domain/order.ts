import { z } from 'zod';
import type { DeepReadonly } from './readonly.ts';
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
  quantity: CountSchema,
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
  coupons: z.array(z.string()).default([]),
  manual: z.array(ManualRequestSchema).default([]),
  answers: z.array(AnswerSchema).default([]),
  user: StaffUserSchema.optional(),
  customer: CustomerSchema.optional(),
  lines: z.array(LineSchema),
});
export type Order = DeepReadonly<z.output<typeof OrderSchema>>;
/** An order as written in a file, before defaults are filled in. */
export type OrderInput = z.input<typeof OrderSchema>;
