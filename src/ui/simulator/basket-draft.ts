/**
 * The basket as the simulator's form holds it: every field as typed (so a bad value stays on
 * screen with its message instead of being lost), plus the parts of a saved basket the form does
 * not edit (manual requests, answers, shipping, outlet, line attributes…), which pass through.
 * `orderFromDraft` validates field by field and builds the order the worker evaluates.
 */
import type { Bundle, SavedBasket } from '../../domain/bundle.ts';
import type { Customer, LineSchema, OrderInput } from '../../domain/order.ts';
import { MoneySchema } from '../../domain/primitives.ts';
import { tryParseMoney } from '../../domain/money.ts';
import { LIMITS, formatCount } from '../../domain/limits.ts';
import type { z } from 'zod';
import { instantFromField, localFieldValue } from './order-time.ts';

/** The permission a manual trigger needs (SPEC §3.1, `trigger.ts`). */
export const MANUAL_PERMISSION = 'applyManualDiscount';
/** The order schema's own limit, so the form refuses exactly what validation refuses. */
export const MAX_QUANTITY = LIMITS.quantityPerLine;

type LineInput = z.input<typeof LineSchema>;

export interface LineDraft {
  /** Stable key of the row in the form. */
  readonly key: string;
  readonly id: string;
  readonly productId: string;
  /** As typed. */
  readonly quantity: string;
  /** From the saved basket, or the catalog price for an added line. Not edited. */
  readonly unitPrice: string;
  /** As typed; '' = no customer price. */
  readonly customerPrice: string;
  /** Everything else the line carried (attributes, taxRate, manualPrice, participant…). */
  readonly rest: Omit<LineInput, 'id' | 'productId' | 'quantity' | 'unitPrice' | 'customerPrice'>;
}

/** '' = no customer; BASKET_CUSTOMER = the saved basket's own customer record; else a bundle customer id. */
export const BASKET_CUSTOMER = '@basket';

export interface BasketDraft {
  /** The saved basket this draft started from, if any. */
  readonly basketId?: string;
  /** The order fields the form does not edit. */
  readonly base: Omit<OrderInput, 'lines' | 'coupons' | 'at' | 'channel' | 'orderType' | 'properties' | 'customer'>;
  readonly basketCustomer?: Customer;
  readonly lines: readonly LineDraft[];
  readonly customer: string;
  readonly coupons: readonly string[];
  /** `datetime-local` text, read in the bundle's zone. */
  readonly at: string;
  readonly channel: 'inStore' | 'online';
  readonly orderType: 'carryOut' | 'delivery' | 'reservation';
  readonly properties: readonly string[];
  /** Whether the staff member holds MANUAL_PERMISSION. */
  readonly manualPermission: boolean;
}

/** Field key → message. Keys: `at`, `line:<key>:quantity`, `line:<key>:customerPrice`, `lines`. */
export type FieldErrors = Readonly<Record<string, string>>;

export type BuiltOrder = { readonly ok: true; readonly order: OrderInput } | { readonly ok: false; readonly errors: FieldErrors };

let keys = 0;
const nextKey = (): string => `row-${++keys}`;

/**
 * A draft from a saved basket: every edited field as text, the rest kept as it was.
 * @example draftFromBasket(basket, bundle).lines[0]?.quantity // '3'
 */
export function draftFromBasket(basket: SavedBasket, bundle: Bundle): BasketDraft {
  const { lines, coupons, at, channel, orderType, properties, customer, ...base } = basket.order;
  const permissions = base.user?.permissions ?? [];
  return {
    basketId: basket.id,
    base: structuredClone(base) as BasketDraft['base'],
    ...(customer === undefined ? {} : { basketCustomer: customer }),
    lines: lines.map((l) => {
      const { id, productId, quantity, unitPrice, customerPrice, ...rest } = l;
      return { key: nextKey(), id, productId, quantity: String(quantity), unitPrice, customerPrice: customerPrice ?? '', rest: structuredClone(rest) as LineDraft['rest'] };
    }),
    customer: customer === undefined ? '' : BASKET_CUSTOMER,
    coupons: [...coupons],
    at: localFieldValue(at, bundle.timeZone) ?? at.slice(0, 16),
    channel, orderType,
    properties: [...properties],
    manualPermission: permissions.includes(MANUAL_PERMISSION),
  };
}

/**
 * An empty basket at `now` in the bundle's zone.
 * @example emptyDraft(bundle, Date.now()).lines // []
 */
export function emptyDraft(bundle: Bundle, now: number): BasketDraft {
  const at = localFieldValue(new Date(now).toISOString(), bundle.timeZone) ?? new Date(now).toISOString().slice(0, 16);
  return {
    base: { id: 'simulator' },
    lines: [], customer: '', coupons: [], at: at.slice(0, 16),
    channel: 'inStore', orderType: 'carryOut', properties: [], manualPermission: false,
  };
}

/**
 * Adds one unit of a catalog product at its catalog price (a second pick of the same product
 * raises that line's quantity instead, as a till does).
 * @example addProduct(draft, { id: 'p-001', price: '10.00', … }).lines.at(-1)?.unitPrice // '10.00'
 */
export function addProduct(draft: BasketDraft, product: { readonly id: string; readonly price: string }): BasketDraft {
  const same = draft.lines.find((l) => l.productId === product.id && l.unitPrice === product.price && l.customerPrice === '' && /^\d+$/.test(l.quantity));
  if (same !== undefined) {
    const quantity = String(Math.min(Number(same.quantity) + 1, MAX_QUANTITY));
    return updateLine(draft, same.key, { quantity });
  }
  const taken = new Set(draft.lines.map((l) => l.id));
  let n = draft.lines.length + 1;
  while (taken.has(`l${n}`)) n++;
  const line: LineDraft = { key: nextKey(), id: `l${n}`, productId: product.id, quantity: '1', unitPrice: product.price, customerPrice: '', rest: {} };
  return { ...draft, lines: [...draft.lines, line] };
}

export function updateLine(draft: BasketDraft, key: string, patch: Partial<Pick<LineDraft, 'quantity' | 'customerPrice'>>): BasketDraft {
  return { ...draft, lines: draft.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)) };
}

export function removeLine(draft: BasketDraft, key: string): BasketDraft {
  return { ...draft, lines: draft.lines.filter((l) => l.key !== key) };
}

/**
 * Quantity text one step up or down, clamped to 1…MAX_QUANTITY; text that is not a count restarts at 1.
 * @example stepQuantity('3', -1) // '2'
 */
export function stepQuantity(text: string, delta: number): string {
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : 0;
  return String(Math.min(Math.max(n + delta, 1), MAX_QUANTITY));
}

/** A coupon code as typed, refused only when empty or already entered (codes are case-sensitive: "Summer10" ≠ "summer10"). */
export function couponProblem(draft: BasketDraft, code: string): string | undefined {
  if (code === '') return 'enter a code';
  if (draft.coupons.includes(code)) return `"${code}" is already entered`;
  return undefined;
}

export function quantityProblem(text: string): string | undefined {
  const t = text.trim();
  if (t === '') return 'enter a quantity';
  if (!/^\d+$/.test(t)) return 'a quantity is a whole number such as 2';
  const n = Number(t);
  if (n < 1) return 'a quantity is at least 1';
  if (n > MAX_QUANTITY) return `at most ${formatCount(MAX_QUANTITY)}`;
  return undefined;
}

export function customerPriceProblem(text: string, unitPrice: string, currency: string): string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const shaped = MoneySchema.safeParse(t);
  // The schema refuses negative amounts itself (a refinement after the shape check): say which.
  if (!shaped.success) return shaped.error.issues.some((i) => i.code === 'custom') ? 'a price is not negative' : 'enter an amount such as 4.50';
  const price = tryParseMoney(t, currency);
  if (!price.ok) return price.message;
  if (price.minor < 0n) return 'a price is not negative';
  const unit = tryParseMoney(unitPrice, currency);
  if (unit.ok && price.minor > unit.minor) return `must not exceed the unit price ${unitPrice}`;
  return undefined;
}

/** Every field problem of the draft, keyed by field. */
export function draftErrors(draft: BasketDraft, bundle: Bundle): FieldErrors {
  const errors: Record<string, string> = {};
  const at = instantFromField(draft.at, bundle.timeZone);
  if (!at.ok) errors['at'] = at.message;
  for (const l of draft.lines) {
    const q = quantityProblem(l.quantity);
    if (q !== undefined) errors[`line:${l.key}:quantity`] = q;
    const c = customerPriceProblem(l.customerPrice, l.unitPrice, bundle.currency);
    if (c !== undefined) errors[`line:${l.key}:customerPrice`] = c;
  }
  if (draft.customer !== '' && draft.customer !== BASKET_CUSTOMER && !bundle.customers.some((c) => c.id === draft.customer)) {
    errors['customer'] = `the bundle has no customer "${draft.customer}"`;
  }
  return errors;
}

/**
 * The order the engine evaluates, or the field problems that stop it.
 * @example orderFromDraft(emptyDraft(bundle, now), bundle) // { ok: true, order: { id: 'simulator', lines: [], … } }
 */
export function orderFromDraft(draft: BasketDraft, bundle: Bundle): BuiltOrder {
  const errors = draftErrors(draft, bundle);
  const at = instantFromField(draft.at, bundle.timeZone);
  if (Object.keys(errors).length > 0 || !at.ok) return { ok: false, errors };
  const customer =
    draft.customer === '' ? undefined : draft.customer === BASKET_CUSTOMER ? draft.basketCustomer : bundle.customers.find((c) => c.id === draft.customer);
  const user = draft.base.user ?? {};
  const others = (user.permissions ?? []).filter((p) => p !== MANUAL_PERMISSION);
  const permissions = draft.manualPermission ? [...others, MANUAL_PERMISSION] : others;
  const order: OrderInput = {
    ...structuredClone(draft.base),
    at: at.instant,
    channel: draft.channel,
    orderType: draft.orderType,
    properties: [...draft.properties],
    coupons: [...draft.coupons],
    ...(draft.base.user === undefined && permissions.length === 0 ? {} : { user: { ...structuredClone(user), permissions } }),
    ...(customer === undefined ? {} : { customer: structuredClone(customer) as OrderInput['customer'] }),
    lines: draft.lines.map((l) => ({
      ...structuredClone(l.rest),
      id: l.id,
      productId: l.productId,
      quantity: Number(l.quantity.trim()),
      unitPrice: l.unitPrice,
      ...(l.customerPrice.trim() === '' ? {} : { customerPrice: l.customerPrice.trim() }),
    })),
  };
  return { ok: true, order };
}
