import type { Bundle } from '../../domain/bundle.ts';
import type { Condition, ConditionField } from '../../domain/condition.ts';
import type { Customer, Order } from '../../domain/order.ts';

/**
 * Values an analyst likely means for a text field, offered as suggestions (never enforced):
 * what the bundle's customers and saved baskets hold, the catalog's stock labels, and values
 * the bundle's promotions already compare the field with. Sorted, without duplicates.
 * @example valueHints(bundle, 'segments') // ['gold', 'silver', 'staff']
 */
export function valueHints(bundle: Bundle, field: ConditionField): readonly string[] {
  const found = new Set<string>();
  const add = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(add);
    else if (typeof v === 'string' && v !== '') found.add(v);
  };
  const customers: Customer[] = [...bundle.customers];
  const orders: Order[] = bundle.baskets.map((b) => b.order);
  for (const o of orders) if (o.customer !== undefined) customers.push(o.customer);
  for (const c of customers) add(fromCustomer(c, field));
  for (const o of orders) add(fromOrder(o, field));
  if (field === 'stockLabel') for (const p of bundle.products) add(p.attributes['stockLabel']);
  for (const p of bundle.promotions) {
    if (p.conditions !== undefined) collect(p.conditions, field, add);
    for (const c of p.scope?.customers ?? []) collect(c, field, add);
  }
  return [...found].sort();
}

function fromCustomer(c: Customer, field: ConditionField): unknown {
  switch (field) {
    case 'segments': return c.segments;
    case 'customerRoles': return c.roles;
    case 'memberships': return c.memberships;
    case 'postalCode': return c.postalCode;
    case 'customerId': return c.id;
    default: return undefined;
  }
}

function fromOrder(o: Order, field: ConditionField): unknown {
  switch (field) {
    case 'outlet': return o.outlet;
    case 'staffRoles': return o.user?.roles;
    case 'staffPermissions': return o.user?.permissions;
    default: return undefined;
  }
}

function collect(c: Condition, field: ConditionField, add: (v: unknown) => void): void {
  if (c.kind === 'all' || c.kind === 'any') c.of.forEach((x) => collect(x, field, add));
  else if (c.kind === 'not') collect(c.of, field, add);
  else if (c.kind === 'leaf' && c.field === field) add(c.value);
}
