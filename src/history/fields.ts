/**
 * Reading one CSV field into the domain's form, with the domain's own schemas: an amount must be
 * a `MoneySchema` decimal with no more decimals than the currency has (decimal.js via
 * `tryParseMoney`), an instant an `InstantSchema` instant with offset, and so on. Each reader
 * returns the value or a message naming what is wrong; the caller adds row and column.
 */
import {
  ChannelSchema, IdSchema, InstantSchema, MoneySchema, OrderTypeSchema, PercentSchema, percentToBp, tryParseMoney,
  type Channel, type OrderType,
} from '../domain/index.ts';
import { LIST_SEPARATOR } from './columns.ts';

export type Field<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const good = <T>(value: T): Field<T> => ({ ok: true, value });
const bad = <T>(message: string): Field<T> => ({ ok: false, message });

export function readId(text: string): Field<string> {
  const r = IdSchema.safeParse(text);
  return r.success ? good(r.data) : bad(text === '' ? 'is empty' : `"${clip(text)}" is not an id (1 to 200 characters)`);
}

export function readInstant(text: string): Field<string> {
  if (text === '') return bad('is empty; expected an instant with offset such as "2026-05-04T12:00:00-04:00"');
  const r = InstantSchema.safeParse(text);
  return r.success ? good(r.data) : bad(`"${clip(text)}" is not an instant with offset such as "2026-05-04T12:00:00-04:00"`);
}

/** An amount in the currency's minor units; the text is kept as the domain's decimal string. */
export function readMoney(text: string, currency: string): Field<string> {
  if (!MoneySchema.safeParse(text).success) return bad(`"${clip(text)}" is not a decimal amount such as "12.50"`);
  const minor = tryParseMoney(text, currency);
  return minor.ok ? good(text) : bad(minor.message);
}

/** A whole number of units from 1 to `max`; `tooLarge` tells the caller to use its own code. */
export function readQuantity(text: string, max: number): Field<number> & { readonly tooLarge?: boolean } {
  if (!/^\d{1,9}$/.test(text)) return bad(`"${clip(text)}" is not a whole number of units`);
  const n = Number(text);
  if (n < 1) return bad('must be at least 1');
  if (n > max) return { ok: false, message: `${n} units is more than the ${max} a line may have`, tooLarge: true };
  return good(n);
}

export function readChannel(text: string): Field<Channel> {
  const r = ChannelSchema.safeParse(text);
  return r.success ? good(r.data) : bad(`"${clip(text)}" is not a channel; expected inStore or online`);
}

export function readOrderType(text: string): Field<OrderType> {
  const r = OrderTypeSchema.safeParse(text);
  return r.success ? good(r.data) : bad(`"${clip(text)}" is not an order type; expected carryOut, delivery or reservation`);
}

/** A tax rate written as a percent ("13", "12.5"), kept in basis points as lines carry it. */
export function readTaxRate(text: string): Field<number> {
  const r = PercentSchema.safeParse(text);
  return r.success ? good(percentToBp(r.data)) : bad(`"${clip(text)}" is not a percent from 0 to 100 with at most two decimals`);
}

export function readBoolean(text: string): Field<boolean> {
  const t = text.toLowerCase();
  if (t === 'true' || t === '1' || t === 'yes') return good(true);
  if (t === 'false' || t === '0' || t === 'no') return good(false);
  return bad(`"${clip(text)}" is not true or false`);
}

/**
 * A `;`-separated list. Coupon codes are matched exactly (spaces count), so `trim` is off for
 * them; empty entries are dropped either way.
 */
export function readList(text: string, trim: boolean): readonly string[] {
  const items = text.split(LIST_SEPARATOR).map((s) => (trim ? s.trim() : s));
  return items.filter((s) => s !== '');
}

/** Long values are shortened in messages so one bad cell cannot flood the problem list. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
