/**
 * Adapter between the engines and scripts: builds an extension point's inputs from domain
 * objects and runs dispersion/condition scripts to plain results. The reference engine plugs it
 * in with a few lines, e.g. `options.dispersionScript = (src, app) => runDispersionScript(src, dispersionInputs(app))`.
 */
import { formatMoney, parseMoney } from '../domain/money.ts';
import type { Customer, Line, Order } from '../domain/order.ts';
import type { Product } from '../domain/product.ts';
import type { Promotion } from '../domain/promotion.ts';
import { defaultDispersion } from '../domain/promotion.ts';
import { EXTENSION_POINT_DECLS } from './extension-points.ts';
import { runScript } from './index.ts';
import type { RunOptions } from './interpreter.ts';
import { LineMap } from './location.ts';
import type { PlainValue } from './values.ts';

export interface ScriptInputSource {
  readonly order: Order;
  readonly promotion: Promotion;
  /** The bundle's currency, to total money exactly. */
  readonly currency: string;
  /** Defaults to `order.customer`. */
  readonly customer?: Customer;
  /** Catalog, for line attributes the line itself does not carry. */
  readonly products?: readonly Product[];
  /** Overrides the promotion's default dispersion (e.g. the engine's resolved one). */
  readonly defaults?: { readonly financial: number; readonly product: number };
}

/** JSON-like inputs of `DiscountFinancialDispersion` (see `extension-points.ts` for each member). */
export function dispersionInputs(src: ScriptInputSource): Record<string, unknown> {
  const d = src.defaults ?? {
    financial: src.promotion.dispersion?.financial ?? defaultDispersion(src.promotion.rule).financial,
    product: src.promotion.dispersion?.product ?? defaultDispersion(src.promotion.rule).product,
  };
  const { promotion: p } = src;
  const reward = p.rule.kind === 'itemDeal' ? (p.rule.tiers[0]?.reward.kind ?? 'itemDeal') : p.rule.kind;
  return {
    DefaultFinancialDispersion: d.financial,
    DefaultProductSetFinancialDispersion: d.product,
    Discount: { Id: p.id, Name: p.name, Label: p.label, Trigger: p.trigger.kind, Reward: reward, Priority: p.priority, Group: p.group },
    Order: orderInput(src),
    User: userInput(src.customer ?? src.order.customer, src.order.at),
  };
}

/** `DiscountCondition` has the same inputs. */
export const conditionInputs = dispersionInputs;

function orderInput(src: ScriptInputSource): Record<string, unknown> {
  const { order, currency } = src;
  const products = new Map((src.products ?? []).map((p) => [p.id, p] as const));
  let subtotal = 0n;
  const lines = order.lines.map((line) => {
    const total = parseMoney(line.unitPrice, currency) * BigInt(line.quantity);
    subtotal += total;
    return lineInput(line, formatMoney(total, currency), products.get(line.productId));
  });
  const total = subtotal + parseMoney(order.shipping, currency);
  return {
    Id: order.id,
    Subtotal: formatMoney(subtotal, currency),
    Total: formatMoney(total, currency),
    Shipping: order.shipping,
    Lines: lines,
    Type: order.orderType,
    Channel: order.channel,
    Outlet: order.outlet,
    Properties: order.properties,
    Coupons: order.coupons,
    CustomFields: order.customFields,
  };
}

function lineInput(line: Line, total: string, product: Product | undefined): Record<string, unknown> {
  const attributes = { ...(product?.attributes ?? {}), ...(line.attributes ?? {}) };
  const tags = attributes['tags'];
  return {
    Id: line.id,
    ProductId: line.productId,
    Quantity: line.quantity,
    UnitPrice: line.unitPrice,
    CustomerPrice: line.customerPrice,
    Total: total,
    Category: attributes['category'],
    Brand: attributes['brand'],
    Tags: Array.isArray(tags) ? tags : typeof tags === 'string' ? [tags] : [],
    TaxRate: line.taxRate,
    ManualPrice: line.manualPrice,
    CustomFields: line.customFields,
  };
}

function userInput(customer: Customer | undefined, at: string): Record<string, unknown> {
  if (!customer) return {};
  return {
    Id: customer.id,
    Name: customer.name,
    Email: customer.email,
    Age: customer.birthDate ? ageOn(customer.birthDate, at.slice(0, 10)) : undefined,
    Segments: customer.segments,
    Roles: customer.roles,
    Memberships: customer.memberships,
    Points: customer.points,
    PostalCode: customer.postalCode,
    CustomFields: customer.customFields,
  };
}

/** Whole years from `birth` to `on` (both `YYYY-MM-DD`, compared as the order's local date). */
export function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export type DispersionScriptResult =
  | { readonly ok: true; readonly financial: number; readonly product: number }
  | { readonly ok: false; readonly message: string };

export type ConditionScriptResult = { readonly ok: true; readonly value: boolean } | { readonly ok: false; readonly message: string };

/** Why outputs are not a valid answer: a stable code, the message, and the offending output's index where one is to blame. */
export type OutputProblem = { readonly ok: false; readonly code: string; readonly message: string; readonly index?: number };

/**
 * Checks a `DiscountFinancialDispersion` script's outputs: two whole numbers in the SPEC §8 ranges.
 * @example dispersionOutputs([{ decimal: '4' }, { decimal: '3' }]) // { ok: true, financial: 4, product: 3 }
 */
export function dispersionOutputs(outputs: readonly PlainValue[]): { readonly ok: true; readonly financial: number; readonly product: number } | OutputProblem {
  const decls = EXTENSION_POINT_DECLS.DiscountFinancialDispersion.outputs;
  if (outputs.length !== decls.length) return { ok: false, code: 'output-count', message: `the script output ${outputs.length} values, expected ${decls.length}` };
  const codes: number[] = [];
  for (const [i, decl] of decls.entries()) {
    const n = wholeNumber(outputs[i]!);
    const range = decl.range!;
    if (n === undefined || n < range.min || n > range.max) {
      return { ok: false, code: 'dispersion-out-of-range', message: `${decl.name} must be a whole number from ${range.min} to ${range.max}`, index: i };
    }
    codes.push(n);
  }
  return { ok: true, financial: codes[0]!, product: codes[1]! };
}

/**
 * Checks a `DiscountCondition` script's outputs: exactly one true/false value.
 * @example conditionOutput([true]) // { ok: true, value: true }
 */
export function conditionOutput(outputs: readonly PlainValue[]): { readonly ok: true; readonly value: boolean } | OutputProblem {
  const v = outputs[0];
  if (outputs.length !== 1 || typeof v !== 'boolean') return { ok: false, code: 'output-type', message: 'the script must output exactly one true/false value' };
  return { ok: true, value: v };
}

/**
 * Runs a `DiscountFinancialDispersion` script; the outputs must be whole numbers in range (SPEC §8).
 * @example runDispersionScript(src, dispersionInputs({ order, promotion, currency: 'USD' })) // { ok: true, financial: 1, product: 1 }
 */
export function runDispersionScript(script: string, inputs: Readonly<Record<string, unknown>>, options: RunOptions = {}): DispersionScriptResult {
  const r = runScript(script, inputs, { ...options, extensionPoint: 'DiscountFinancialDispersion' });
  if (!r.ok) return { ok: false, message: scriptFailure(script, r.error) };
  const checked = dispersionOutputs(r.outputs);
  return checked.ok ? checked : { ok: false, message: checked.message };
}

/** Runs a `DiscountCondition` script; its one output must be true or false. */
export function runConditionScript(script: string, inputs: Readonly<Record<string, unknown>>, options: RunOptions = {}): ConditionScriptResult {
  const r = runScript(script, inputs, { ...options, extensionPoint: 'DiscountCondition' });
  if (!r.ok) return { ok: false, message: scriptFailure(script, r.error) };
  const checked = conditionOutput(r.outputs);
  return checked.ok ? checked : { ok: false, message: checked.message };
}

/**
 * `line:column` of an offset in a script's source.
 * @example lineColumn('a\nbc', 3) // '2:2'
 */
export function lineColumn(source: string, offset: number): string {
  const at = new LineMap(source).position(offset);
  return `${at.line}:${at.column}`;
}

/**
 * A script error or diagnostic as one line: `line:column code message`.
 * @example scriptFailure(src, { start: 0, code: 'unknown-variable', message: '…' }) // '1:1 unknown-variable …'
 */
export function scriptFailure(source: string, e: { readonly start: number; readonly code: string; readonly message: string }): string {
  return `${lineColumn(source, e.start)} ${e.code} ${e.message}`;
}

/**
 * A dispersion output as a small whole number, else undefined. Small only: dispersion codes are
 * 0–4, so the conversion to a JS number is exact.
 * @example wholeNumber({ decimal: '3' }) // 3
 */
export function wholeNumber(v: PlainValue): number | undefined {
  if (v === null || typeof v !== 'object' || !('decimal' in v) || typeof v.decimal !== 'string') return undefined;
  return /^-?\d{1,6}$/.test(v.decimal) ? Number(v.decimal) : undefined;
}
