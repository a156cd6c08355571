import type { Condition, ConditionField, ConditionValue, Operator } from '../../domain/condition.ts';
import { fieldSpec } from '../../domain/condition-fields.ts';
import type { AttributeFilter } from '../../domain/selector.ts';
import type { DescribeContext } from './context.ts';
import { formatAmount, listInWords } from './format.ts';

/** A readable condition tree: groups say how their children combine, leaves are sentences. */
export type WordsNode =
  | { readonly kind: 'group'; readonly text: string; readonly children: readonly WordsNode[] }
  | { readonly kind: 'leaf'; readonly text: string };

/** Enum values of order fields as an analyst says them, from the one declaration of condition fields. */
function enumWords(field: ConditionField, value: string): string | undefined {
  const type = fieldSpec(field).valueType;
  return type.kind === 'enum' ? type.options.find((o) => o.value === value)?.label ?? `"${value}"` : undefined;
}

function valueWords(value: ConditionValue | undefined, field: ConditionField | undefined, ctx: DescribeContext): string[] {
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.map((v) => {
    if (typeof v !== 'string') return String(v);
    if (field === undefined) return `"${v}"`;
    if (fieldSpec(field).valueType.kind === 'money') return formatAmount(v, ctx.currency);
    return enumWords(field, v) ?? `"${v}"`;
  });
}

/** "is at least $50.00", "is one of "a", "b"", "has a value". */
export function operatorInWords(op: Operator, values: readonly string[]): string {
  const one = values[0] ?? '?';
  switch (op) {
    case 'eq': return `is ${one}`;
    case 'ne': return `is not ${one}`;
    case 'gt': return `is more than ${one}`;
    case 'gte': return `is at least ${one}`;
    case 'lt': return `is less than ${one}`;
    case 'lte': return `is at most ${one}`;
    case 'between': return `is between ${one} and ${values[1] ?? '?'}`;
    case 'in': return `is one of ${listInWords(values, 'or')}`;
    case 'notIn': return `is none of ${listInWords(values, 'or')}`;
    case 'contains': return `contains ${listInWords(values, 'or')}`;
    case 'notContains': return `does not contain ${listInWords(values, 'or')}`;
    case 'startsWith': return `starts with ${one}`;
    case 'endsWith': return `ends with ${one}`;
    case 'hasValue': return 'has a value';
    case 'hasNoValue': return 'has no value';
  }
}

function leafWords(c: Extract<Condition, { kind: 'leaf' }>, ctx: DescribeContext): string {
  if (c.field === 'hasCustomer') {
    const yes = c.value === undefined || c.value === true || (c.op === 'ne' && c.value === false);
    return yes ? 'A customer is on the order' : 'No customer is on the order';
  }
  const field = fieldSpec(c.field).words;
  const subject = c.key === undefined ? field : `${field} "${c.key}"`;
  const text = `${subject} ${operatorInWords(c.op, valueWords(c.value, c.field, ctx))}`;
  return text[0]!.toUpperCase() + text.slice(1);
}

function orderPropertiesWords(c: Extract<Condition, { kind: 'orderProperties' }>): string {
  const names = listInWords(c.selected.map((s) => `"${s}"`), c.requireAll ? 'and' : 'or');
  // SPEC §3.4 four-row table: `excluding` complements the selection within the declared properties.
  if (!c.excluding) return c.requireAll ? `Order has every property ${names}` : `Order has property ${names}`;
  return c.requireAll
    ? `Order has every declared property except ${names}`
    : `Order has some declared property other than ${names}`;
}

/**
 * A condition as a tree of sentences an analyst reads.
 * @example conditionInWords({kind:'leaf', field:'subtotal', op:'gte', value:'50'}, ctx)
 *   // { kind: 'leaf', text: 'Order subtotal (before promotions) is at least $50.00' }
 */
export function conditionInWords(c: Condition, ctx: DescribeContext): WordsNode {
  switch (c.kind) {
    case 'all':
      return { kind: 'group', text: 'All of these hold', children: c.of.map((x) => conditionInWords(x, ctx)) };
    case 'any':
      return { kind: 'group', text: 'At least one of these holds', children: c.of.map((x) => conditionInWords(x, ctx)) };
    case 'not':
      return { kind: 'group', text: 'This does not hold', children: [conditionInWords(c.of, ctx)] };
    case 'leaf':
      return { kind: 'leaf', text: leafWords(c, ctx) };
    case 'orderProperties':
      return { kind: 'leaf', text: orderPropertiesWords(c) };
    case 'script':
      return { kind: 'leaf', text: `Script “${ctx.scriptName(c.scriptId)}” says yes` };
  }
}

/** A product attribute filter ("dynamic products") in words: `category is "drinks"`. */
export function attributeFilterInWords(f: AttributeFilter, ctx: DescribeContext): string {
  switch (f.kind) {
    case 'all': return f.of.map((x) => attributeFilterInWords(x, ctx)).join(' and ');
    case 'any': return `(${f.of.map((x) => attributeFilterInWords(x, ctx)).join(' or ')})`;
    case 'not': return `not (${attributeFilterInWords(f.of, ctx)})`;
    case 'attr': return `${f.attribute} ${operatorInWords(f.op, valueWords(f.value, undefined, ctx))}`;
  }
}
