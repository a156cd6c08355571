import Decimal from 'decimal.js';

/**
 * Money inside the engines is a bigint count of minor units of the bundle's currency.
 * Decimal strings are the only form that crosses an edge (files, UI, worker messages);
 * decimal.js parses and formats them so no binary float ever holds an amount.
 */
export type Minor = bigint;

/** ISO 4217 minor-unit exponents for the currencies the workbench knows. */
const EXPONENTS: Readonly<Record<string, number>> = {
  USD: 2, EUR: 2, GBP: 2, CAD: 2, AUD: 2, NZD: 2, CHF: 2, SEK: 2, NOK: 2, DKK: 2, PLN: 2,
  CZK: 2, HUF: 2, CNY: 2, HKD: 2, SGD: 2, INR: 2, MXN: 2, BRL: 2, ZAR: 2, AED: 2, SAR: 2,
  JPY: 0, KRW: 0, ISK: 0, CLP: 0, VND: 0,
  BHD: 3, KWD: 3, OMR: 3, JOD: 3, TND: 3,
};

export const KNOWN_CURRENCIES: readonly string[] = Object.keys(EXPONENTS).sort();

/** Minor-unit exponent, or undefined for a currency the workbench does not know. */
export function currencyExponent(currency: string): number | undefined {
  return EXPONENTS[currency];
}

function exponentOf(currency: string): number {
  const e = EXPONENTS[currency];
  if (e === undefined) throw new Error(`unknown currency ${currency}`);
  return e;
}

/**
 * Replaying a history parses and formats the same few amounts millions of times (prices, zero
 * discounts), so the results of both — pure functions of their inputs — are memoised per
 * currency, each memo bounded, and 10^exponent is built once. decimal.js still does every
 * conversion the first time.
 */
const SCALES = new Map<number, Decimal>();
const MEMO_MAX = 50_000;
const PARSED = new Map<string, Map<string, ParsedMoney>>();
const FORMATTED = new Map<string, Map<bigint, string>>();

function scaleOf(e: number): Decimal {
  let s = SCALES.get(e);
  if (s === undefined) {
    s = new Decimal(10).pow(e);
    SCALES.set(e, s);
  }
  return s;
}

function memoOf<K, V>(memos: Map<string, Map<K, V>>, currency: string): Map<K, V> {
  let m = memos.get(currency);
  if (m === undefined) {
    m = new Map();
    memos.set(currency, m);
  }
  return m;
}

export type ParsedMoney = { readonly ok: true; readonly minor: Minor } | { readonly ok: false; readonly message: string };

/**
 * Parses a decimal string into minor units, refusing more decimals than the currency has.
 * @example tryParseMoney('12.50', 'USD') // { ok: true, minor: 1250n }
 */
export function tryParseMoney(text: string, currency: string): ParsedMoney {
  const memo = memoOf(PARSED, currency);
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const parsed = parseUncached(text, currency);
  if (memo.size < MEMO_MAX) memo.set(text, parsed);
  return parsed;
}

function parseUncached(text: string, currency: string): ParsedMoney {
  const e = currencyExponent(currency);
  if (e === undefined) return { ok: false, message: `unknown currency "${currency}"` };
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false, message: `"${text}" is not a decimal amount` };
  const d = new Decimal(text);
  const scaled = d.times(scaleOf(e));
  if (!scaled.isInteger()) {
    return { ok: false, message: `"${text}" has more decimals than ${currency} allows (${e})` };
  }
  return { ok: true, minor: BigInt(scaled.toFixed(0)) };
}

/** Parses an amount already validated by the schema; a failure here is a bug, so it throws. */
export function parseMoney(text: string, currency: string): Minor {
  const r = tryParseMoney(text, currency);
  if (!r.ok) throw new Error(r.message);
  return r.minor;
}

/**
 * Formats minor units as a plain decimal string with the currency's exponent.
 * @example formatMoney(1250n, 'USD') // '12.50'
 */
export function formatMoney(minor: Minor, currency: string): string {
  const e = exponentOf(currency);
  const memo = memoOf(FORMATTED, currency);
  const hit = memo.get(minor);
  if (hit !== undefined) return hit;
  const text = new Decimal(minor.toString()).dividedBy(scaleOf(e)).toFixed(e);
  if (memo.size < MEMO_MAX) memo.set(minor, text);
  return text;
}

/** Percent string ("12.5") to basis points (1250). */
export function percentToBp(percent: string): number {
  const bp = new Decimal(percent).times(100);
  if (!bp.isInteger()) throw new Error(`percent ${percent} is finer than a basis point`);
  return bp.toNumber();
}

/** Basis points to a percent string: 1250 → "12.5". */
export function bpToPercent(bp: number): string {
  return new Decimal(bp).dividedBy(100).toString();
}

/** Integer division rounding half away from zero. */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new Error('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (d * 2n);
  return negative ? -q : q;
}

/**
 * R1: a percentage of one unit's price, half away from zero to the minor unit.
 * @example percentOfPrice(999n, 1000) // 100n (10 % of 9.99 is 0.999 → 1.00)
 */
export function percentOfPrice(price: Minor, bp: number): Minor {
  return divRound(price * BigInt(bp), 10000n);
}

/** One unit taking part in an R2 split; `line`/`unit` order the ties. */
export interface SplitTarget {
  readonly weight: Minor;
  readonly line: number;
  readonly unit: number;
}

/**
 * R2: splits `amount` across targets in proportion to their weights (unit prices).
 * Shares are floored, then leftover minor units go one each to the largest remainders;
 * ties go to the heavier unit, then the earlier line, then the earlier unit.
 * The result is in the targets' order and always sums exactly to `amount`.
 * @example splitProportional(600n, [{weight: 1200n, line: 0, unit: 0}, {weight: 1000n, line: 1, unit: 0}])
 */
export function splitProportional(amount: Minor, targets: readonly SplitTarget[]): Minor[] {
  if (amount < 0n) return splitProportional(-amount, targets).map((x) => -x);
  // Each unit is a run of one: the leftover minor unit a run gets is its unit's.
  return splitProportionalRuns(amount, targets.map((t) => ({ weight: t.weight, line: t.line, unit: t.unit, count: 1 }))).map((s) => s.share + BigInt(s.extra));
}

/** A run of `count` alike units taking part in an R2 split; `line`/`unit` (its first unit) order the ties. */
export interface SplitRun extends SplitTarget {
  readonly count: number;
}

/** Each unit of a run gets `share`; its first `extra` units get one minor unit more. */
export interface RunShare {
  readonly share: Minor;
  readonly extra: number;
}

/**
 * R2 over runs of alike units: exactly `splitProportional` over every unit of every run, computed
 * per run. Alike units have the same remainder, so the leftover minor units go to whole runs in
 * the same order, and within a run to its first units.
 * @example splitProportionalRuns(1000n, [{weight: 300n, line: 0, unit: 0, count: 3}]) // [{share: 333n, extra: 1}]
 */
export function splitProportionalRuns(amount: Minor, targets: readonly SplitRun[]): RunShare[] {
  if (targets.length === 0) {
    if (amount !== 0n) throw new Error('cannot split a non-zero amount over no units');
    return [];
  }
  if (amount < 0n) throw new Error('cannot split a negative amount over runs');
  let total = 0n;
  let units = 0n;
  for (const t of targets) {
    if (t.weight < 0n) throw new Error('negative split weight');
    total += t.weight * BigInt(t.count);
    units += BigInt(t.count);
  }
  const weights = total === 0n ? targets.map(() => 1n) : targets.map((t) => t.weight);
  const sum = total === 0n ? units : total;
  const shares = weights.map((w) => (amount * w) / sum);
  const remainders = weights.map((w) => (amount * w) % sum);
  let leftover = amount;
  targets.forEach((t, i) => { leftover -= shares[i]! * BigInt(t.count); });
  const order = targets.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a]!;
    const rb = remainders[b]!;
    if (ra !== rb) return ra > rb ? -1 : 1;
    const wa = targets[a]!.weight;
    const wb = targets[b]!.weight;
    if (wa !== wb) return wa > wb ? -1 : 1;
    if (targets[a]!.line !== targets[b]!.line) return targets[a]!.line - targets[b]!.line;
    return targets[a]!.unit - targets[b]!.unit;
  });
  const extra = targets.map(() => 0);
  for (let k = 0; k < order.length && leftover > 0n; k++) {
    const i = order[k]!;
    const give = BigInt(targets[i]!.count) < leftover ? targets[i]!.count : Number(leftover);
    extra[i] = give;
    leftover -= BigInt(give);
  }
  return shares.map((share, i) => ({ share, extra: extra[i]! }));
}

export const minOf = (a: Minor, b: Minor): Minor => (a < b ? a : b);
export const maxOf = (a: Minor, b: Minor): Minor => (a > b ? a : b);
