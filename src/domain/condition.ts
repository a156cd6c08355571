import { z } from 'zod';
import { IdSchema, ScalarSchema, type Scalar } from './primitives.ts';

export const OPERATORS = [
  'eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'in', 'notIn', 'contains', 'notContains',
  'startsWith', 'endsWith', 'hasValue', 'hasNoValue',
] as const;
export const OperatorSchema = z.enum(OPERATORS);
export type Operator = (typeof OPERATORS)[number];

/**
 * Condition fields (SPEC §3.4). Fields ending in `CustomField`, `answer` and `productRequirement`
 * take a `key`. Money fields compare decimal strings; `age` is whole years at the order's local date.
 */
export const CONDITION_FIELDS = [
  'subtotal', 'netSubtotal', 'itemCount', 'orderType', 'channel', 'outlet',
  'orderCustomField', 'lineCustomField', 'customerCustomField',
  'customerId', 'email', 'emailDomain', 'age', 'segments', 'customerRoles', 'points',
  'memberships', 'membershipInBasket', 'postalCode', 'staffRoles', 'staffPermissions',
  'answer', 'stockLabel', 'productRequirement', 'hasCustomer',
] as const;
export const ConditionFieldSchema = z.enum(CONDITION_FIELDS);
export type ConditionField = (typeof CONDITION_FIELDS)[number];

export const ConditionValueSchema = z.union([ScalarSchema, z.array(ScalarSchema)]);
export type ConditionValue = Scalar | readonly Scalar[];

export interface LeafCondition {
  readonly kind: 'leaf';
  readonly field: ConditionField;
  readonly op: Operator;
  readonly key?: string;
  readonly value?: ConditionValue;
}

/** The source's four-row table: `excluding` complements the selection within the bundle's `orderProperties`. */
export interface OrderPropertiesCondition {
  readonly kind: 'orderProperties';
  readonly selected: readonly string[];
  readonly requireAll: boolean;
  readonly excluding: boolean;
}

/** A DiscountCondition script from the bundle's library; it returns one boolean. */
export interface ScriptCondition {
  readonly kind: 'script';
  readonly scriptId: string;
}

export type Condition =
  | { readonly kind: 'all'; readonly of: readonly Condition[] }
  | { readonly kind: 'any'; readonly of: readonly Condition[] }
  | { readonly kind: 'not'; readonly of: Condition }
  | LeafCondition
  | OrderPropertiesCondition
  | ScriptCondition;

const LeafSchema = z.strictObject({
  kind: z.literal('leaf'),
  field: ConditionFieldSchema,
  op: OperatorSchema,
  key: z.string().optional(),
  value: ConditionValueSchema.optional(),
});

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all'), of: z.array(ConditionSchema) }),
    z.strictObject({ kind: z.literal('any'), of: z.array(ConditionSchema) }),
    z.strictObject({ kind: z.literal('not'), of: ConditionSchema }),
    LeafSchema,
    z.strictObject({
      kind: z.literal('orderProperties'),
      selected: z.array(z.string()),
      requireAll: z.boolean().default(false),
      excluding: z.boolean().default(false),
    }),
    z.strictObject({ kind: z.literal('script'), scriptId: IdSchema }),
  ]),
) as z.ZodType<Condition>;
