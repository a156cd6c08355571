import type { ConditionField, Operator } from './condition.ts';
import { ChannelSchema, OrderTypeSchema } from './primitives.ts';

/**
 * The one declaration of what each condition field (SPEC §3.4) is: where an analyst finds it,
 * what it is called in the picker, in plain-words descriptions and in the engine's messages,
 * what kind of value it compares, whether it needs a `key`, and which operators make sense.
 * The condition builder, the describer and the engine's messages all read this table.
 */

/** Groups of the field picker, in the order they are shown. */
export const FIELD_FAMILIES = ['Order', 'Customer', 'Staff', 'Products', 'Custom fields', 'Questions'] as const;
export type FieldFamily = (typeof FIELD_FAMILIES)[number];

/** An allowed value of an enum field and how an analyst says it. */
export interface EnumOption {
  readonly value: string;
  readonly label: string;
}

/**
 * What a leaf's `value` holds for a field. Money is a decimal string in the bundle's currency
 * (never a float); `count` and `integer` are whole numbers (`count` is never negative);
 * `listOfText` fields hold a list on the order, so `contains` asks for one member.
 */
export type FieldValueType =
  | { readonly kind: 'money' }
  | { readonly kind: 'count' }
  | { readonly kind: 'integer' }
  | { readonly kind: 'text' }
  | { readonly kind: 'enum'; readonly options: readonly EnumOption[] }
  | { readonly kind: 'listOfText' }
  | { readonly kind: 'date' }
  | { readonly kind: 'boolean' };

export interface FieldKey {
  /** Label of the key input: "Field name", "Question id". */
  readonly label: string;
  /** What the key means for this field. */
  readonly help: string;
}

export interface ConditionFieldSpec {
  readonly field: ConditionField;
  readonly family: FieldFamily;
  /** Name in the field picker. */
  readonly label: string;
  /** Subject of a plain-words sentence ("order subtotal (before promotions) is at least $50.00"). */
  readonly words: string;
  /** Name in the engine's messages ("subtotal 42.00 < 50.00"); `{key}` stands for the leaf's key. */
  readonly inMessage: string;
  readonly valueType: FieldValueType;
  readonly key?: FieldKey;
  /** Operators offered for the field, the first one the default. */
  readonly operators: readonly Operator[];
  readonly help: string;
}

const COMPARE: readonly Operator[] = ['gte', 'gt', 'lte', 'lt', 'eq', 'ne', 'between', 'in', 'notIn'];
const ONE_OF: readonly Operator[] = ['eq', 'ne', 'in', 'notIn'];
const TEXT: readonly Operator[] = [
  'eq', 'ne', 'in', 'notIn', 'contains', 'notContains', 'startsWith', 'endsWith', 'hasValue', 'hasNoValue',
];
const LIST: readonly Operator[] = ['contains', 'notContains', 'in', 'notIn', 'hasValue', 'hasNoValue'];
/** Custom fields and product attributes may hold text or numbers: every operator makes sense. */
const ANY: readonly Operator[] = [
  'eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'in', 'notIn',
  'contains', 'notContains', 'startsWith', 'endsWith', 'hasValue', 'hasNoValue',
];
const YES_NO: readonly Operator[] = ['eq', 'ne'];

const CHANNEL_WORDS: Readonly<Record<(typeof ChannelSchema.options)[number], string>> = { inStore: 'in store', online: 'online' };
const ORDER_TYPE_WORDS: Readonly<Record<(typeof OrderTypeSchema.options)[number], string>> = {
  carryOut: 'carry-out', delivery: 'delivery', reservation: 'reservation',
};
const options = (words: Readonly<Record<string, string>>): readonly EnumOption[] =>
  Object.entries(words).map(([value, label]) => ({ value, label }));

const MONEY = { kind: 'money' } as const;
const TEXT_VALUE = { kind: 'text' } as const;
const LIST_VALUE = { kind: 'listOfText' } as const;
const BOOLEAN = { kind: 'boolean' } as const;

/** Every condition field, in picker order within its family. */
export const CONDITION_FIELD_SPECS: readonly ConditionFieldSpec[] = [
  { field: 'subtotal', family: 'Order', label: 'Subtotal (before promotions)', words: 'order subtotal (before promotions)', inMessage: 'subtotal',
    valueType: MONEY, operators: COMPARE, help: 'Sum of unit price × quantity over every line, before any promotion.' },
  { field: 'netSubtotal', family: 'Order', label: 'Net subtotal (after earlier promotions)', words: 'order subtotal (after earlier promotions)', inMessage: 'net subtotal',
    valueType: MONEY, operators: COMPARE, help: 'The subtotal after the promotions of earlier priority levels, at the moment this promotion is evaluated.' },
  { field: 'itemCount', family: 'Order', label: 'Number of items', words: 'number of items', inMessage: 'item count',
    valueType: { kind: 'count' }, operators: COMPARE, help: 'Sum of the quantities of every line.' },
  { field: 'orderType', family: 'Order', label: 'Order type', words: 'order type', inMessage: 'order type',
    valueType: { kind: 'enum', options: options(ORDER_TYPE_WORDS) }, operators: ONE_OF, help: 'Carry-out, delivery or reservation.' },
  { field: 'channel', family: 'Order', label: 'Channel', words: 'channel', inMessage: 'channel',
    valueType: { kind: 'enum', options: options(CHANNEL_WORDS) }, operators: ONE_OF, help: 'In store or online.' },
  { field: 'outlet', family: 'Order', label: 'Outlet', words: 'outlet', inMessage: 'outlet',
    valueType: TEXT_VALUE, operators: TEXT, help: 'The id of the outlet the order is placed at.' },
  { field: 'customerId', family: 'Customer', label: 'Customer id', words: 'customer', inMessage: 'customer',
    valueType: TEXT_VALUE, operators: TEXT, help: 'The id of the customer on the order.' },
  { field: 'hasCustomer', family: 'Customer', label: 'A customer is on the order', words: 'a customer is on the order', inMessage: 'customer on order',
    valueType: BOOLEAN, operators: YES_NO, help: 'True when the order names a customer.' },
  { field: 'email', family: 'Customer', label: 'Email', words: 'customer email', inMessage: 'email',
    valueType: TEXT_VALUE, operators: TEXT, help: "The customer's email address as written." },
  { field: 'emailDomain', family: 'Customer', label: 'Email domain', words: 'customer email domain', inMessage: 'email domain',
    valueType: TEXT_VALUE, operators: TEXT, help: "The part of the email after the last '@', in lower case." },
  { field: 'age', family: 'Customer', label: 'Age', words: "customer's age", inMessage: 'age',
    valueType: { kind: 'integer' }, operators: [...COMPARE, 'hasValue', 'hasNoValue'], help: "Whole years from the customer's birth date to the order's local date." },
  { field: 'segments', family: 'Customer', label: 'Segments', words: 'customer segments', inMessage: 'segments',
    valueType: LIST_VALUE, operators: LIST, help: 'Segments the customer belongs to (gold, staff, …).' },
  { field: 'customerRoles', family: 'Customer', label: 'Customer roles', words: 'customer roles', inMessage: 'customer roles',
    valueType: LIST_VALUE, operators: LIST, help: 'Roles held by the customer.' },
  { field: 'points', family: 'Customer', label: 'Points', words: "customer's points", inMessage: 'points',
    valueType: { kind: 'count' }, operators: COMPARE, help: "The customer's loyalty points balance." },
  { field: 'memberships', family: 'Customer', label: 'Memberships held', words: 'customer memberships', inMessage: 'memberships',
    valueType: LIST_VALUE, operators: LIST, help: 'Memberships the customer already holds.' },
  { field: 'membershipInBasket', family: 'Customer', label: 'Membership product in the basket', words: 'membership product in the basket', inMessage: 'membership product in basket',
    valueType: BOOLEAN, operators: YES_NO, help: 'True when some line is a product with the attribute membership: true.' },
  { field: 'postalCode', family: 'Customer', label: 'Postal code', words: 'postal code', inMessage: 'postal code',
    valueType: TEXT_VALUE, operators: TEXT, help: "The customer's postal code." },
  { field: 'staffRoles', family: 'Staff', label: 'Staff roles', words: 'staff roles', inMessage: 'staff roles',
    valueType: LIST_VALUE, operators: LIST, help: 'Roles of the staff member entering the order.' },
  { field: 'staffPermissions', family: 'Staff', label: 'Staff permissions', words: 'staff permissions', inMessage: 'staff permissions',
    valueType: LIST_VALUE, operators: LIST, help: 'Permissions of the staff member entering the order.' },
  { field: 'stockLabel', family: 'Products', label: 'Stock label', words: 'stock label', inMessage: 'stock label',
    valueType: TEXT_VALUE, operators: TEXT, help: "Holds when some line's product carries a matching stockLabel attribute." },
  { field: 'productRequirement', family: 'Products', label: 'Product requirement', words: 'product requirement', inMessage: 'product {key}',
    key: { label: 'Attribute', help: 'The product attribute to read on every line.' },
    valueType: TEXT_VALUE, operators: ANY, help: "Holds when some line's product attribute matches." },
  { field: 'orderCustomField', family: 'Custom fields', label: 'Order custom field', words: 'order field', inMessage: 'order field {key}',
    key: { label: 'Field name', help: "The name of the order's custom field." },
    valueType: TEXT_VALUE, operators: ANY, help: 'A custom field written on the order.' },
  { field: 'lineCustomField', family: 'Custom fields', label: 'Line custom field', words: 'line field', inMessage: 'line field {key}',
    key: { label: 'Field name', help: "The name of the lines' custom field." },
    valueType: TEXT_VALUE, operators: ANY, help: "Holds when some line's custom field matches." },
  { field: 'customerCustomField', family: 'Custom fields', label: 'Customer custom field', words: 'customer field', inMessage: 'customer field {key}',
    key: { label: 'Field name', help: "The name of the customer's custom field." },
    valueType: TEXT_VALUE, operators: ANY, help: 'A custom field written on the customer.' },
  { field: 'answer', family: 'Questions', label: 'Answer to a question', words: 'answer to question', inMessage: 'answer to {key}',
    key: { label: 'Question id', help: 'The id of the question asked at the till.' },
    valueType: TEXT_VALUE, operators: TEXT, help: "Holds when some participant's answer matches." },
];

const BY_FIELD: ReadonlyMap<ConditionField, ConditionFieldSpec> = new Map(CONDITION_FIELD_SPECS.map((s) => [s.field, s]));

/**
 * The declaration of one field.
 * @example fieldSpec('subtotal').valueType // { kind: 'money' }
 */
export function fieldSpec(field: ConditionField): ConditionFieldSpec {
  const spec = BY_FIELD.get(field);
  // CONDITION_FIELD_SPECS is checked against CONDITION_FIELDS by a test, so this is a bug if hit.
  if (spec === undefined) throw new Error(`condition field ${field} is not declared`);
  return spec;
}

/**
 * The field's name in an engine message, its key filled in.
 * @example fieldInMessage('orderCustomField', 'table') // 'order field table'
 */
export function fieldInMessage(field: ConditionField, key: string | undefined): string {
  return fieldSpec(field).inMessage.replace('{key}', key ?? '');
}

/** What a leaf's `value` looks like for an operator. */
export type ValueShape = 'none' | 'one' | 'pair' | 'list';

/**
 * `hasValue`/`hasNoValue` take no value, `between` takes [low, high], `in`/`notIn` a list.
 * @example valueShape('between') // 'pair'
 */
export function valueShape(op: Operator): ValueShape {
  if (op === 'hasValue' || op === 'hasNoValue') return 'none';
  if (op === 'between') return 'pair';
  if (op === 'in' || op === 'notIn') return 'list';
  return 'one';
}

/** How an operator reads in the builder's operator select. */
export const OPERATOR_LABELS: Readonly<Record<Operator, string>> = {
  eq: 'is', ne: 'is not', gt: 'is more than', gte: 'is at least', lt: 'is less than', lte: 'is at most',
  between: 'is between', in: 'is one of', notIn: 'is none of', contains: 'contains', notContains: 'does not contain',
  startsWith: 'starts with', endsWith: 'ends with', hasValue: 'has a value', hasNoValue: 'has no value',
};
