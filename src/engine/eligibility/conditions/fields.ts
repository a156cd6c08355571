import type { ConditionField, Minor, Scalar } from '../../../domain/index.ts';
import { fieldInMessage } from '../../../domain/condition-fields.ts';
import { ageOn, parseDate } from '../../time/index.ts';
import { productOf } from '../context.ts';
import type { EvalContext } from '../types.ts';
import type { Observed, PlainValue } from './values.ts';

/**
 * Reads a condition field off the order (SPEC §3.4). Money fields are minor units; `age` is whole
 * years at the order's local date; `emailDomain` is the part after the last '@', lowercased;
 * `membershipInBasket` is true when some line's product has the attribute `membership: true`.
 * Line-level fields (`lineCustomField`, `stockLabel`, `productRequirement`) and `answer` (one per
 * participant) observe one value per line or answer.
 * @example observe('subtotal', undefined, ctx, net) // { kind: 'money', value: 4200n }
 */
export function observe(field: ConditionField, key: string | undefined, ctx: EvalContext, netSubtotal: Minor): Observed {
  const { order, customer } = ctx;
  const plain = (value: PlainValue): Observed => ({ kind: 'plain', value });
  const k = key ?? '';
  switch (field) {
    case 'subtotal': return { kind: 'money', value: ctx.grossSubtotal };
    case 'netSubtotal': return { kind: 'money', value: netSubtotal };
    case 'itemCount': return plain(order.lines.reduce((n, l) => n + l.quantity, 0));
    case 'orderType': return plain(order.orderType);
    case 'channel': return plain(order.channel);
    case 'outlet': return plain(order.outlet);
    case 'orderCustomField': return plain(order.customFields[k]);
    case 'lineCustomField': return { kind: 'perLine', values: order.lines.map((l) => l.customFields[k]) };
    case 'customerCustomField': return plain(customer?.customFields[k]);
    case 'customerId': return plain(customer?.id);
    case 'email': return plain(customer?.email);
    case 'emailDomain': return plain(emailDomain(customer?.email));
    case 'age': return plain(ageOf(customer?.birthDate, ctx));
    case 'segments': return plain(customer?.segments);
    case 'customerRoles': return plain(customer?.roles);
    case 'points': return plain(customer?.points);
    case 'memberships': return plain(customer?.memberships);
    case 'membershipInBasket':
      return plain(order.lines.some((l) => productOf(l, ctx).attributes['membership'] === true));
    case 'postalCode': return plain(customer?.postalCode);
    case 'staffRoles': return plain(order.user?.roles);
    case 'staffPermissions': return plain(order.user?.permissions);
    case 'answer':
      return { kind: 'perLine', values: order.answers.filter((a) => a.question === k).map((a) => a.answer) };
    case 'stockLabel': return { kind: 'perLine', values: order.lines.map((l) => attribute(l, 'stockLabel', ctx)) };
    case 'productRequirement': return { kind: 'perLine', values: order.lines.map((l) => attribute(l, k, ctx)) };
    case 'hasCustomer': return plain(customer !== undefined);
  }
}

function attribute(line: EvalContext['order']['lines'][number], name: string, ctx: EvalContext): PlainValue {
  return productOf(line, ctx).attributes[name] as Scalar | readonly string[] | undefined;
}

function emailDomain(email: string | undefined): string | undefined {
  if (email === undefined) return undefined;
  const at = email.lastIndexOf('@');
  return at < 0 ? undefined : email.slice(at + 1).toLowerCase();
}

function ageOf(birthDate: string | undefined, ctx: EvalContext): number | undefined {
  if (birthDate === undefined) return undefined;
  const birth = parseDate(birthDate);
  return birth === undefined ? undefined : ageOn(birth, ctx.local);
}

/** Field names as an analyst reads them in a message, from the one declaration of condition fields. */
export const fieldLabel = (field: ConditionField, key: string | undefined): string => fieldInMessage(field, key);
